package dev.colophon.comments.internal.thread;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site owner's comments, logged in or with the admin token, are published at once and marked as the author's. */
class OwnerCommentsTest {
    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.open(tmp, Moderation.PRE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    JsonNode thread() {
        return server.get("/api/v1/comments?page=/p/").json().get("comments");
    }

    @Test
    void aReplyWithTheAdminTokenIsPublishedAtOnceAndMarkedAsTheAuthors() {
        JsonNode question = server.comment("/p/", "A reader asks", null);
        server.post("/api/v1/admin/comments/" + question.get("id").asLong() + "/approve", "", server.admin());
        JsonNode answer = server.comment("/p/", "The author answers", question.get("id").asLong(), server.admin());
        assertThat(answer.get("status").asText()).isEqualTo("approved");
        assertThat(answer.get("owner").asBoolean()).isTrue();

        JsonNode reader = thread().get(0);
        assertThat(reader.get("owner").asBoolean()).isFalse();
        assertThat(reader.get("replies").get(0).get("owner").asBoolean()).isTrue();
        assertThat(reader.get("replies").get(0).get("author").asText()).isEqualTo("Ann");
    }

    @Test
    void aCommentFromALoggedInDashboardSessionIsTheAuthorsAndAWrongTokenIsAReaders() {
        TestServer.Response login = server.post("/api/v1/admin/login", Map.of("password", TestServer.PASSWORD));
        String cookie = login.header("Set-Cookie").split(";")[0];
        assertThat(server.comment("/p/", "Logged in", null, "Cookie", cookie).get("owner").asBoolean()).isTrue();

        JsonNode stranger = server.comment("/p/", "Pretending", null, "Authorization", "Bearer not-the-token-at-all");
        assertThat(stranger.get("owner").asBoolean()).isFalse();
        assertThat(stranger.get("status").asText()).isEqualTo("pending");
        assertThat(server.comment("/p/", "Logged out", null, "Cookie", "colophon_session=expired").get("owner").asBoolean())
                .isFalse();
        assertThat(thread()).hasSize(1);
    }
}
