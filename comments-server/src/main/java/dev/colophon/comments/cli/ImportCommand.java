package dev.colophon.comments.cli;

import dev.colophon.comments.internal.importer.CommentImporter;
import dev.colophon.comments.internal.importer.ImportException;
import dev.colophon.comments.internal.importer.ImportSource;
import dev.colophon.comments.internal.portability.ExportReader;
import dev.colophon.comments.internal.portability.Tables;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.config.ConfigException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon comments import}: brings comments from another system's export, or a Colophon export, into the database. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import comments from a Colophon export or another system's (run it again: only new ones are added).",
                "A file that cannot be read is refused whole: nothing of it is written."})
final class ImportCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "SOURCE",
            description = "colophon, disqus, wordpress, isso, remark42, commento, comentario, cusdis or csv.")
    String from;

    @Parameters(paramLabel = "FILE", description = "The export (docs/export-format.md and the README say which file each system makes).")
    Path file;

    @Mixin
    DatabaseOption db;

    @Option(names = "--site", defaultValue = "default", description = "The site id the pages belong to (default ${DEFAULT-VALUE}).")
    String site;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": no such file");
        }
        if (from.equals("colophon")) {
            return restore(started);
        }
        ImportSource source = ImportSource.named(from).orElseThrow(() ->
                new ConfigException("--from must be colophon, " + ImportSource.names() + " (got " + from + ")"));
        ImportSource.Parsed parsed;
        try {
            parsed = source.read(file);
        } catch (ImportException e) {
            throw new ConfigException(file + ": " + e.getMessage() + "; nothing was imported");
        }
        CommentImporter.Result result;
        try (Database database = Database.open(db.location())) {
            result = new CommentImporter(database).importAll(parsed.comments(), site);
        }
        warnDefaults(parsed.defaulted());
        System.out.printf("Imported %,d comments into %,d pages from %s (%,d already there, %,d without a usable page) in %.1f s -> %s%n",
                result.added(), result.threads(), file, result.alreadyThere(), result.leftOut(),
                (System.nanoTime() - started) / 1e9, Database.redacted(db.location()));
        return 0;
    }

    private Integer restore(long started) throws IOException {
        ExportReader.Result result;
        try (Database database = Database.open(db.location());
             InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            result = new ExportReader(database, Tables.withOperational()).read(in);
        } catch (ImportException e) {
            throw new ConfigException(file + ": " + e.getMessage() + "; nothing was imported");
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        }
        warnDefaults(result.defaulted());
        if (result.keptOwnModel()) {
            System.err.println("warning: the spam filter's lessons in the file were left out: this database's filter has learned"
                    + " from its own decisions; the comments imported will teach it when you approve them or mark them spam");
        }
        long already = result.alreadyThere().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("Imported %,d comments in %,d threads from %s (%s; %,d rows already there) in %.1f s -> %s%n",
                result.added("comments"), result.added("threads"), file, Summary.of(result.added(), "comments", "threads"),
                already, (System.nanoTime() - started) / 1e9, Database.redacted(db.location()));
        return 0;
    }

    private static void warnDefaults(Map<String, Long> defaulted) {
        defaulted.forEach((field, count) -> System.err.printf("warning: %,d rows had no %s; they got its default%n", count, field));
    }
}
