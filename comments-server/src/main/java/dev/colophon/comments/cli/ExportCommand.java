package dev.colophon.comments.cli;

import dev.colophon.comments.internal.portability.ExportWriter;
import dev.colophon.comments.internal.portability.Tables;
import dev.colophon.comments.internal.store.Database;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code colophon comments export}: everything in the database as one JSON document (docs/export-format.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write every comment, thread, like, reaction, subscription, block and view count as one JSON document.",
                "The server may keep running: the export reads one consistent snapshot."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Option(names = "--site", paramLabel = "ID", description = "Only this site's threads, comments and counts (server-wide blocks and settings are always in).")
    String site;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        Map<String, Long> counts;
        try (Database database = Database.open(db.location())) {
            if (output == null) {
                counts = export(database, System.out);
                System.out.flush();
            } else {
                // written beside the target and moved at the end, so a failed export never leaves half a file
                Path partial = output.resolveSibling(output.getFileName() + ".partial");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    counts = export(database, out);
                }
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        System.err.printf("Exported %,d comments in %,d threads (%s) in %.1f s -> %s%n", counts.get("comments"),
                counts.get("threads"), Summary.of(counts, "comments", "threads"), (System.nanoTime() - started) / 1e9,
                output == null ? "standard output" : output);
        return 0;
    }

    private Map<String, Long> export(Database database, OutputStream out) {
        return new ExportWriter(database).write(out, site, Tables.DATA);
    }
}
