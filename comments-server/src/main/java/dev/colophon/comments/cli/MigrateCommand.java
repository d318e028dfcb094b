package dev.colophon.comments.cli;

import dev.colophon.comments.internal.portability.Migration;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.config.ConfigException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code colophon comments migrate}: copies everything from one database to a new one, SQLite ↔ PostgreSQL, checked by counts. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Copy every table from one database into a new, empty one (SQLite to PostgreSQL or back), then compare row counts.",
                "Stop the server first (or accept that comments posted meanwhile stay behind)."})
final class MigrateCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "PATH_OR_JDBC_URL", description = "The database to copy, e.g. data/comments.db.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "PATH_OR_JDBC_URL",
            description = "The new database, e.g. jdbc:postgresql://localhost/colophon?user=colophon&password=…")
    String to;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Migration.Result result;
        try (Database source = Database.open(from); Database target = Database.open(to)) {
            result = new Migration().copy(source, target);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(Database.redacted(to) + ": " + e.getMessage());
        }
        result.source().forEach((table, rows) -> {
            long copied = result.target().getOrDefault(table, -1L);
            System.out.printf("  %-20s %,12d -> %,12d%s%n", table, rows, copied, copied == rows ? "" : "   MISMATCH");
        });
        if (!result.matches()) {
            System.err.println("error: the row counts differ (above); the target is incomplete, do not switch to it");
            return 1;
        }
        System.out.printf("Migrated %,d comments in %,d threads from %s to %s in %.1f s, every table's count checked%n",
                result.source().get("comments"), result.source().get("threads"), Database.redacted(from), Database.redacted(to),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
