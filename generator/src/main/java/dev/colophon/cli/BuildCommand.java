package dev.colophon.cli;

import dev.colophon.build.BuildOptions;
import dev.colophon.build.BuildReport;
import dev.colophon.build.SiteBuilder;
import dev.colophon.comments.Embed;
import dev.colophon.publish.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code colophon build}: the site into a folder any static host can serve. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into static files.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--source", paramLabel = "DIR", description = "Site folder with site.yml (default: . or ./content).")
    Path source;

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write the site (default: SOURCE/public).")
    Path output;

    @Option(names = "--drafts", description = "Include drafts.")
    boolean drafts;

    @Option(names = "--future", description = "Include posts dated in the future.")
    boolean future;

    @Option(names = "--base-url", paramLabel = "URL", description = "Override base_url from site.yml.")
    String baseUrl;

    @Option(names = "--no-cache", description = "Ignore and keep no build cache (SOURCE/.colophon); deleting it is always safe.")
    boolean noCache;

    @Option(names = "--strict", description = "Fail (exit 1) when the build has any warning.")
    boolean strict;

    @Option(names = "--report", description = "Also list what of another generator's site was recognised, converted, approximated and left out.")
    boolean report;

    @Override
    public Integer call() {
        Path site = SiteLocator.locate(source);
        Path out = output != null ? output : site.resolve("public");
        BuildOptions options = new BuildOptions(site, out, drafts, future, baseUrl, Clock.systemUTC(), noCache ? null : site.resolve(".colophon"))
                .withEmbedScript(Embed.scriptPath()); // the pages link the widget this jar's server serves
        BuildReport built = new SiteBuilder(new Progress(System.out)).build(options);
        System.out.println(built.recognised());
        built.warnings().forEach(w -> System.err.println("warning: " + w));
        if (report) {
            System.out.print(new MigrationReport(site).render(built));
        }
        System.out.println(built.summary());
        if (strict && !built.warnings().isEmpty()) {
            System.err.println("error: --strict: the build has " + built.warningCounts());
            return 1;
        }
        return 0;
    }
}
