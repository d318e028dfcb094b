package dev.colophon.comments.internal.spam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instances on one PostgreSQL database share what the filter learned, and a restart keeps it. */
class SharedLearningTest {
    @TempDir
    Path tmp;

    @Test
    void whatOneInstanceLearnsTheOtherKnowsAtOnceAndARestartKeeps() {
        String database = Backend.POSTGRES.newDatabase(tmp, "shared");
        try (TestServer a = new TestServer(database, Moderation.AUTO, Limits.defaults().withoutRates());
             TestServer b = new TestServer(database, Moderation.AUTO, Limits.defaults().withoutRates())) {
            for (int i = 0; i < 3; i++) {
                long id = a.comment("/p" + i + "/", "Zorblax pills, zorblax deals, buy zorblax " + i, null).get("id").asLong();
                assertThat(a.post("/api/v1/admin/comments/" + id + "/spam", "", a.admin()).status()).isEqualTo(200);
            }
            long id = b.comment("/q/", "zorblax zorblax", null).get("id").asLong();
            assertThat(reasons(b, id)).contains("'zorblax' (3 spam, 0 ham");
        }
        try (TestServer restarted = new TestServer(database, Moderation.AUTO, Limits.defaults().withoutRates())) {
            long id = restarted.comment("/r/", "zorblax", null).get("id").asLong();
            assertThat(reasons(restarted, id)).contains("'zorblax' (3 spam, 0 ham");
        }
    }

    private static String reasons(TestServer server, long id) {
        for (JsonNode c : server.get("/api/v1/admin/comments?status=all", server.admin()).json().get("comments")) {
            if (c.get("id").asLong() == id) {
                return c.get("spamReasons").toString();
            }
        }
        throw new AssertionError("comment " + id + " not listed: " + Map.of());
    }
}
