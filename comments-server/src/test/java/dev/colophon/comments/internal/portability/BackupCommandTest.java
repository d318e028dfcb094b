package dev.colophon.comments.internal.portability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.Cli;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.internal.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colophon comments backup}: a copy of the live SQLite database that restores with every acknowledged comment. */
class BackupCommandTest {
    @TempDir
    Path tmp;

    /** A comment the server answered 201 for, and when (nanoTime) the answer came. */
    record Acknowledged(long id, long at) {
    }

    @Test
    void aBackupTakenWhileCommentsArePostedRestoresWithEveryCommentAcknowledgedBeforeIt() throws Exception {
        Path db = tmp.resolve("live.db");
        Path backups = tmp.resolve("backups");
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean posting = new AtomicBoolean(true);
        long backupStarted;
        try (TestServer server = new TestServer(db.toString(), Moderation.POST, Limits.defaults().withoutRates())) {
            ExecutorService posters = Executors.newFixedThreadPool(4);
            for (int p = 0; p < 4; p++) {
                int poster = p;
                posters.submit(() -> {
                    for (int i = 0; posting.get(); i++) {
                        long id = server.comment("/posts/" + (i % 7) + "/", "Comment " + i + " of poster " + poster, null).get("id").asLong();
                        acknowledged.add(new Acknowledged(id, System.nanoTime()));
                    }
                    return null;
                });
            }
            while (acknowledged.size() < 200) {
                Thread.sleep(10);
            }
            backupStarted = System.nanoTime();
            assertThat(Cli.run("backup", backups.toString(), "--db", db.toString())).startsWith("Backed up ");
            Thread.sleep(200); // the load goes on after the copy
            posting.set(false);
            posters.shutdown();
            assertThat(posters.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        List<Path> copies;
        try (Stream<Path> files = Files.list(backups)) {
            copies = files.toList();
        }
        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).getFileName().toString()).matches("comments-\\d{8}-\\d{6}\\.db");

        // restore as docs/deploy.md says: the server stopped, the copy put in the database's place
        Path restored = tmp.resolve("restored.db");
        Files.copy(copies.get(0), restored);
        Set<Long> ids;
        try (Database database = Database.open(restored.toString())) {
            ids = new HashSet<>(database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM comments").mapTo(Long.class).list()));
        }
        List<Long> before = acknowledged.stream().filter(a -> a.at() < backupStarted).map(Acknowledged::id).toList();
        assertThat(before).hasSizeGreaterThanOrEqualTo(200);
        assertThat(ids).containsAll(before);
        assertThat(acknowledged.size()).isGreaterThan(ids.size()); // and the load went on past the copy
    }

    @Test
    void onlyTheNewestCopiesAreKept() throws Exception {
        Path db = tmp.resolve("comments.db");
        try (TestServer server = new TestServer(db.toString(), Moderation.POST, Limits.defaults())) {
            server.comment("/p/", "Hello", null);
        }
        Path dir = tmp.resolve("copies");
        for (int day = 1; day <= 4; day++) {
            Clock clock = Clock.fixed(Instant.parse("2026-12-0" + day + "T03:00:00Z"), ZoneOffset.UTC);
            SqliteBackup.Result result = new SqliteBackup(clock).backup(db, dir, 2);
            assertThat(result.comments()).isEqualTo(1);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("comments-20261203-030000.db", "comments-20261204-030000.db");
        }
    }

    @Test
    void aPostgresDatabaseIsPointedToPgDump() {
        assertThat(Cli.fail("backup", tmp.toString(), "--db", "jdbc:postgresql://127.0.0.1/colophon"))
                .contains("for PostgreSQL run pg_dump");
    }
}
