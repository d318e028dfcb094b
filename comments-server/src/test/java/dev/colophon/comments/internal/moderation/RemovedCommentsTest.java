package dev.colophon.comments.internal.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A comment taken out of a thread keeps its place while replies below it are visible, and counts agree with the thread. */
@ParameterizedClass
@EnumSource(Backend.class)
class RemovedCommentsTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.open(backend, tmp, Moderation.POST);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void rejectedSpamAndDeletedCommentsWithRepliesStayAsRemovedPlaceholders() {
        for (String action : new String[] {"reject", "spam", "delete"}) {
            String page = "/" + action + "/";
            // a text of its own on each page: the same text on another page that the owner marked spam is spam
            long parent = server.comment(page, "the parent says something rude about " + action, null).get("id").asLong();
            server.comment(page, "a kind reply", parent);
            server.comment(page, "another reply", parent);
            var done = action.equals("delete") ? server.delete("/api/v1/admin/comments/" + parent, server.admin())
                    : server.post("/api/v1/admin/comments/" + parent + "/" + action, "", server.admin());
            assertThat(done.status()).as(action).isBetween(200, 204);

            JsonNode thread = server.get("/api/v1/comments?page=" + page).json();
            assertThat(thread.get("comments")).as(action).hasSize(1);
            JsonNode placeholder = thread.get("comments").get(0);
            assertThat(placeholder.get("deleted").asBoolean()).as(action).isTrue();
            assertThat(placeholder.toString()).as(action).doesNotContain("rude");
            assertThat(placeholder.get("author").asText()).as(action).isEmpty();
            assertThat(placeholder.get("edited").isNull()).as(action).isTrue();
            assertThat(placeholder.get("replies")).as(action).hasSize(2);
            assertThat(thread.get("total").asInt()).as(action).isEqualTo(2);
            JsonNode counts = server.get("/api/v1/counts?page=" + page).json().get("counts");
            assertThat(counts.get(page).asInt()).as(action).isEqualTo(2);
        }
    }

    @Test
    void aRemovedCommentWithoutVisibleRepliesLeavesNoTrace() {
        long parent = server.comment("/p/", "alone", null).get("id").asLong();
        long reply = server.comment("/p/", "reply", parent).get("id").asLong();
        server.post("/api/v1/admin/comments/" + reply + "/spam", "", server.admin());
        server.post("/api/v1/admin/comments/" + parent + "/reject", "", server.admin());
        JsonNode thread = server.get("/api/v1/comments?page=/p/").json();
        assertThat(thread.get("comments")).isEmpty();
        assertThat(thread.get("total").asInt()).isZero();
    }
}
