package dev.colophon.comments.cli;

import dev.colophon.comments.internal.portability.SqliteBackup;
import dev.colophon.config.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon comments backup DIR}: a consistent copy of the live SQLite database, keeping the newest few. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copy the SQLite database into DIR as comments-YYYYMMDD-HHMMSS.db while the server runs.",
                "Restore: stop the server, copy a backup over the database file, start it (docs/deploy.md)."})
final class BackupCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The folder for the copies.")
    Path dir;

    @Mixin
    DatabaseOption db;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "7", description = "How many copies to keep, newest first (default ${DEFAULT-VALUE}).")
    int keep;

    @Override
    public Integer call() {
        String location = db.location();
        if (location.startsWith("jdbc:") && !location.startsWith("jdbc:sqlite:")) {
            throw new ConfigException("backup copies SQLite databases; for PostgreSQL run pg_dump (docs/deploy.md): "
                    + "pg_dump --format=custom --file=comments-$(date -u +%Y%m%d-%H%M%S).dump DBNAME");
        }
        if (keep < 1) {
            throw new ConfigException("--keep must be at least 1 (got " + keep + ")");
        }
        long started = System.nanoTime();
        Path file = Path.of(location.replaceFirst("^jdbc:sqlite:", ""));
        try {
            SqliteBackup.Result result = new SqliteBackup(Clock.systemUTC()).backup(file, dir, keep);
            System.out.printf("Backed up %,d comments to %s in %.1f s (%d older copies removed, %d kept)%n", result.comments(),
                    result.file(), (System.nanoTime() - started) / 1e9, result.removed().size(), keep);
            return 0;
        } catch (IOException | SQLException e) {
            throw new ConfigException(file + ": cannot back up: " + e.getMessage());
        }
    }
}
