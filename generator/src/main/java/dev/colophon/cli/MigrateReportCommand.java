package dev.colophon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code colophon migrate-report}: builds another generator's site into a scratch folder and says what came across. */
@Command(name = "migrate-report", mixinStandardHelpOptions = true,
        description = "List what of a Hugo, Zola, Jekyll or JBake site Colophon recognises, converts, approximates and leaves out.")
final class MigrateReportCommand implements Callable<Integer> {
    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: .).")
    Path source;

    @Override
    public Integer call() throws Exception {
        Path scratch = Files.createTempDirectory("colophon-report");
        try {
            BuildCommand build = new BuildCommand();
            build.source = source;
            build.output = scratch.resolve("public");
            build.noCache = true;
            build.report = true;
            return build.call();
        } finally {
            try (var walk = Files.walk(scratch)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
