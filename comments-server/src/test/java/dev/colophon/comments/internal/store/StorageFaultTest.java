package dev.colophon.comments.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, as SQLite meets it: {@code max_page_count} pinned at the file's size makes every write
 * that needs a new page fail with SQLITE_FULL ("database or disk is full"), the very error of a full disk.
 */
class StorageFaultTest {
    private static final int POOL = 4; // Database's SQLite pool: a limit must reach every connection

    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.open(tmp, Moderation.POST);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sets the page limit on every pooled connection: to the current size (full) or far above it (space freed). */
    private void diskFull(boolean full) {
        List<Handle> handles = new ArrayList<>();
        try {
            for (int i = 0; i < POOL; i++) {
                Handle handle = server.database().jdbi().open();
                handles.add(handle);
                long pages = handle.createQuery("PRAGMA page_count").mapTo(Long.class).one();
                handle.execute("PRAGMA max_page_count = " + (full ? pages : 1_000_000_000L));
            }
        } finally {
            handles.forEach(Handle::close);
        }
    }

    private static String longBody() {
        return "A comment long enough to need pages of its own. ".repeat(180);
    }

    @Test
    void aFullDiskAnswers503WithRetryAfterWhileReadsGoOnAndHealthSaysSo() {
        server.comment("/p/", "written before the disk filled", null);
        diskFull(true);

        TestServer.Response refused = server.post("/api/v1/comments", Map.of("page", "/p/", "body", longBody()));
        assertThat(refused.status()).as(refused.text()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("30");
        assertThat(refused.json().get("error").asText()).isEqualTo("unavailable");
        assertThat(refused.json().get("message").asText()).contains("database or disk is full").contains("nothing was saved");

        TestServer.Response thread = server.get("/api/v1/comments?page=/p/");
        assertThat(thread.status()).isEqualTo(200);
        assertThat(thread.json().get("total").asInt()).isEqualTo(1);

        TestServer.Response health = server.get("/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("reads").asText()).isEqualTo("ok");
        assertThat(health.json().get("writes").asText()).isEqualTo("failing: database or disk is full");
    }

    @Test
    void healthAndWritesRecoverByThemselvesOnceSpaceIsBack() {
        server.comment("/p/", "first", null);
        diskFull(true);
        assertThat(server.post("/api/v1/comments", Map.of("page", "/p/", "body", longBody())).status()).isEqualTo(503);
        assertThat(server.get("/health").status()).isEqualTo(503);

        diskFull(false);
        TestServer.Response health = server.get("/health"); // no write in between: the probe finds out
        assertThat(health.status()).as(health.text()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
        assertThat(server.comment("/p/", longBody(), null).get("id").asLong()).isPositive();
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void aRequestThatFailsOnItsOwnIsNotAStorageFault() {
        assertThat(StorageFaults.reason(new IllegalArgumentException("bad"))).isEmpty();
        assertThat(StorageFaults.reason(new RuntimeException(new java.sql.SQLException("x", "23505")))).isEmpty();
        assertThat(StorageFaults.reason(new RuntimeException(new java.sql.SQLException("disk", "53100"))))
                .contains("database out of resources (disk or memory)");
        assertThat(StorageFaults.reason(new RuntimeException(new java.sql.SQLException("gone", "08006"))))
                .contains("database connection lost");
    }

    @Test
    void aStoppedWriterAnswers503AtOnceAndHealthSaysWhy() throws InterruptedException {
        server.comment("/p/", "written while the writer ran", null);
        Thread writer = server.database().write(handle -> Thread.currentThread());
        writer.interrupt();
        writer.join(5_000);

        TestServer.Response refused = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "after"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("30");
        assertThat(refused.json().get("error").asText()).isEqualTo("unavailable");
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isEqualTo(1);
        TestServer.Response health = server.get("/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("writes").asText()).isEqualTo("failing: the database writer has stopped; restart the server");
    }
}
