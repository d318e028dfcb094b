package dev.colophon.comments.internal.portability;

import dev.colophon.comments.internal.store.Database;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Copies one database into another, empty one (SQLite to PostgreSQL or back): the export streamed straight
 * into the import, operational tables included, then every table counted on both sides.
 */
public final class Migration {
    /** Rows per table: as read from the source, and as counted in the target afterwards. */
    public record Result(Map<String, Long> source, Map<String, Long> target) {
        public boolean matches() {
            return source.equals(target);
        }
    }

    private final List<Table> tables = Tables.withOperational();

    public Result copy(Database from, Database to) {
        long there = count(to, "comments") + count(to, "threads");
        if (there > 0) {
            throw new IllegalArgumentException("the target database is not empty (" + there
                    + " threads and comments): migrate copies into a new database; use export and import to merge");
        }
        try (PipedInputStream in = new PipedInputStream(1 << 16); PipedOutputStream out = new PipedOutputStream(in)) {
            CompletableFuture<Map<String, Long>> written = CompletableFuture.supplyAsync(() -> {
                try (out) {
                    return new ExportWriter(from).write(out, null, tables);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            new ExportReader(to, tables, true).read(in);
            Map<String, Long> source = written.get();
            Map<String, Long> target = new LinkedHashMap<>();
            tables.forEach(t -> target.put(t.name(), count(to, t.name() + t.where(false))));
            return new Result(source, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the source failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static long count(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }
}
