package dev.colophon.comments.cli;

import dev.colophon.comments.importer.CommentImporter;
import dev.colophon.comments.importer.DisqusExport;
import dev.colophon.comments.importer.ImportedComment;
import dev.colophon.comments.importer.IssoDatabase;
import dev.colophon.comments.importer.WordPressExport;
import dev.colophon.comments.store.Database;
import dev.colophon.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLStreamException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon comments import}: brings the comments of a Disqus or WordPress export into the database. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import comments from a Disqus or WordPress export or an Isso database (run it again: only new ones are added).")
public final class ImportCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "SOURCE", description = "disqus, wordpress or isso.")
    String from;

    @Parameters(paramLabel = "FILE", description = "Disqus's XML export, WordPress's WXR export, or Isso's SQLite database.")
    Path file;

    @Option(names = "--db", paramLabel = "PATH_OR_JDBC_URL",
            description = "The comment server's database (default: $COLOPHON_DATABASE, else data/comments.db).")
    String database;

    @Option(names = "--site", defaultValue = "default", description = "The site id the pages belong to (default ${DEFAULT-VALUE}).")
    String site;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        List<ImportedComment> comments = read();
        String location = database != null ? database : System.getenv().getOrDefault("COLOPHON_DATABASE", "data/comments.db");
        CommentImporter.Result result;
        try (Database db = Database.open(location)) {
            result = new CommentImporter(db).importAll(comments, site);
        }
        System.out.printf("Imported %,d comments into %,d pages from %s (%,d already there, %,d without a usable page) in %.1f s -> %s%n",
                result.added(), result.threads(), file, result.alreadyThere(), result.leftOut(),
                (System.nanoTime() - started) / 1e9, Database.redacted(location));
        return 0;
    }

    private List<ImportedComment> read() throws IOException {
        if (from.equals("isso")) {
            try {
                return IssoDatabase.read(file);
            } catch (SQLException e) {
                throw new ConfigException(file + ": not a readable Isso database: " + e.getMessage());
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return switch (from) {
                case "disqus" -> DisqusExport.read(in);
                case "wordpress" -> WordPressExport.read(in);
                default -> throw new ConfigException("--from must be disqus, wordpress or isso (got " + from + ")");
            };
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ConfigException config) {
                throw config;
            }
            throw new ConfigException(file + ": not a readable " + from + " export: " + e.getMessage());
        }
    }
}
