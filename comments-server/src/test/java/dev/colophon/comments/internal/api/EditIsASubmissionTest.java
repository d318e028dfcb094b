package dev.colophon.comments.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Great article", approved, then edited into a spam link: an edit meets every check a new comment meets. */
class EditIsASubmissionTest {
    @TempDir
    Path tmp;
    TestServer server;

    private TestServer start(Moderation moderation, Limits limits) {
        server = new TestServer(tmp.resolve("c.db").toString(), moderation, limits);
        return server;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TestServer.Response edit(JsonNode posted, String body) {
        return server.put("/api/v1/comments/" + posted.get("id").asText(), Map.of("body", body),
                "X-Edit-Token", posted.get("token").asText());
    }

    private JsonNode publicThread() {
        return server.get("/api/v1/comments?page=/p/").json();
    }

    @Test
    void underPreModerationAnEditedApprovedCommentGoesBackToTheQueueAndIsHiddenUntilApproved() {
        start(Moderation.PRE, Limits.defaults().withoutRates());
        JsonNode posted = server.comment("/p/", "Great article", null);
        server.post("/api/v1/admin/comments/" + posted.get("id").asText() + "/approve", "", server.admin());
        assertThat(publicThread().get("total").asInt()).isEqualTo(1);

        TestServer.Response edited = edit(posted, "Buy pills at https://spam.example");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("status").asText()).isEqualTo("pending");
        assertThat(publicThread().get("total").asInt()).isZero();
        assertThat(publicThread().toString()).doesNotContain("spam.example").doesNotContain("Great article");
        JsonNode queue = server.get("/api/v1/admin/comments?status=pending", server.admin()).json().get("comments");
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).get("body").asText()).isEqualTo("Buy pills at https://spam.example");

        server.post("/api/v1/admin/comments/" + posted.get("id").asText() + "/approve", "", server.admin());
        assertThat(publicThread().get("comments").get(0).get("html").asText()).contains("Buy pills at");
    }

    @Test
    void underPostModerationAnEditIsPublishedAsANewCommentWouldBe() {
        start(Moderation.POST, Limits.defaults().withoutRates());
        JsonNode posted = server.comment("/p/", "first", null);
        assertThat(edit(posted, "second").json().get("status").asText()).isEqualTo("approved");
        assertThat(publicThread().get("comments").get(0).get("html").asText()).isEqualTo("<p>second</p>");
    }

    @Test
    void aBlockedAuthorCannotEditEither() {
        start(Moderation.POST, Limits.defaults().withoutRates());
        JsonNode kept = server.comment("/p/", "written before the block", null);
        JsonNode spam = server.comment("/p/", "spam", null);
        server.post("/api/v1/admin/comments/" + spam.get("id").asText() + "/block", "", server.admin());

        TestServer.Response refused = edit(kept, "now with a link to https://spam.example");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(publicThread().get("comments").get(0).get("html").asText()).isEqualTo("<p>written before the block</p>");
    }

    @Test
    void editsCountAgainstThePostRateLimit() {
        Limits twoPerMinute = new Limits(10_000, 100, 65_536, 30, 5, 100, 2, 60);
        start(Moderation.POST, twoPerMinute);
        JsonNode posted = server.comment("/p/", "one", null);
        assertThat(edit(posted, "two").status()).isEqualTo(200);
        TestServer.Response limited = edit(posted, "three");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
    }

    @Test
    void anEditIsValidatedAndCleanedAsAPostIs() {
        start(Moderation.POST, Limits.defaults().withoutRates());
        JsonNode posted = server.comment("/p/", "fine", null);
        assertThat(edit(posted, "   ").status()).isEqualTo(400);
        assertThat(edit(posted, "x".repeat(10_001)).status()).isEqualTo(413);
        assertThat(edit(posted, "clean\u0001ed\uFFFF").json().get("body").asText()).isEqualTo("cleaned");
    }
}
