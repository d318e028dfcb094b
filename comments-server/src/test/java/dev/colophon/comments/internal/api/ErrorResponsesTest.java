package dev.colophon.comments.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every bad request gets a JSON error with the right status, never a stack trace. */
@ParameterizedClass
@EnumSource(Backend.class)
class ErrorResponsesTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        Limits limits = new Limits(200, 20, 4_096, 2, 5, 100, 0, 0);
        server = new TestServer(backend.newDatabase(tmp, "c"), Moderation.POST, limits);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void assertError(TestServer.Response response, int status, String messagePart) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().get("message").asText()).contains(messagePart);
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void malformedJsonIs400() {
        assertError(server.post("/api/v1/comments", "{\"page\": "), 400, "malformed JSON");
        assertError(server.post("/api/v1/comments", "[1,2]"), 400, "malformed JSON");
        assertError(server.post("/api/v1/comments", "{\"page\": \"/p/\", \"body\": \"x\", \"parent\": 1.5}"), 400, "malformed JSON");
        assertError(server.post("/api/v1/comments", ""), 400, "empty");
    }

    @Test
    void missingOrBadFieldsAre400WithTheFieldNamed() {
        assertError(server.post("/api/v1/comments", Map.of("body", "x")), 400, "page");
        assertError(server.post("/api/v1/comments", Map.of("page", "no-slash", "body", "x")), 400, "page");
        assertError(server.post("/api/v1/comments", Map.of("page", "/p/", "body", "  ")), 400, "body");
        assertError(server.post("/api/v1/comments", Map.of("page", "/p/", "body", "x", "author", "n".repeat(21))), 400, "author");
        assertError(server.post("/api/v1/comments", Map.of("page", "/p/", "body", "x", "email", "nope")), 400, "email");
        assertError(server.post("/api/v1/comments", Map.of("page", "/p/", "body", "x", "website", "javascript:alert(1)")), 400, "website");
        assertError(server.get("/api/v1/comments"), 400, "page");
        assertError(server.get("/api/v1/comments?page=/p/&sort=random"), 400, "sort");
        assertError(server.get("/api/v1/comments?page=/p/&limit=0"), 400, "limit");
        assertError(server.get("/api/v1/counts"), 400, "page");
    }

    @Test
    void unknownParentAndUnknownCommentAre404() {
        assertError(server.post("/api/v1/comments", Map.of("page", "/p/", "body", "x", "parent", 999)), 404, "parent");
        long other = server.comment("/other/", "elsewhere", null).get("id").asLong();
        assertError(server.post("/api/v1/comments", Map.of("page", "/p/", "body", "x", "parent", other)), 404, "parent");
        assertError(server.put("/api/v1/comments/999", Map.of("body", "x"), "X-Edit-Token", "t"), 404, "999");
        assertError(server.post("/api/v1/comments/999/like", ""), 404, "999");
        assertError(server.get("/api/v1/nothing-here"), 404, "");
    }

    @Test
    void tooDeepNestingIs400() {
        long a = server.comment("/p/", "0", null).get("id").asLong();
        long b = server.comment("/p/", "1", a).get("id").asLong();
        long c = server.comment("/p/", "2", b).get("id").asLong();
        assertError(server.post("/api/v1/comments", Map.of("page", "/p/", "body", "3", "parent", c)), 400, "levels deep");
    }

    @Test
    void markdownNestedTooDeeplyToShowIs400() {
        try (TestServer roomy = new TestServer(backend.newDatabase(tmp, "roomy"), Moderation.POST, Limits.defaults())) {
            String deep = ">".repeat(9_000) + " quotes all the way down";
            assertError(roomy.post("/api/v1/comments", Map.of("page", "/p/", "body", deep)), 400, "too deeply");
            assertError(roomy.post("/api/v1/preview", Map.of("body", deep)), 400, "too deeply");
            assertError(roomy.post("/api/v1/comments", Map.of("page", "/p/", "body", "- ".repeat(4_000) + "a list")), 400, "too deeply");
            assertThat(roomy.post("/api/v1/comments", Map.of("page", "/p/", "body", "> > > three levels")).status()).isEqualTo(201);
        }
    }

    @Test
    void oversizedBodyAndRequestAre413() {
        assertError(server.post("/api/v1/comments", Map.of("page", "/p/", "body", "x".repeat(201))), 413, "200 characters");
        assertError(server.post("/api/v1/comments", Map.of("page", "/p/", "body", "x", "author", "y".repeat(5_000))), 413, "too large");
    }

    @Test
    void floodingAnAddressIs429WithRetryAfter() {
        try (TestServer limited = new TestServer(backend.newDatabase(tmp, "limited"), Moderation.POST,
                new Limits(200, 20, 4_096, 2, 5, 100, 3, 60))) {
            for (int i = 0; i < 3; i++) {
                limited.comment("/p/", "ok " + i, null);
            }
            var refused = limited.post("/api/v1/comments", Map.of("page", "/p/", "body", "one too many"));
            assertError(refused, 429, "too many");
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        }
    }

    @Test
    void honeypotFilledByABotGoesToSpamWithItsReasonAndIsNeverShown() {
        Map<String, Object> bot = new HashMap<>(Map.of("page", "/p/", "body", "buy now", "hp", "http://spam.example"));
        assertThat(server.post("/api/v1/comments", bot).json().get("status").asText()).isEqualTo("pending");
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isZero();
        JsonNode held = server.get("/api/v1/admin/comments?status=spam", server.admin()).json().get("comments").get(0);
        assertThat(held.get("spamReasons").get(0).get("signal").asText()).isEqualTo("honeypot");
    }

    @Test
    void deletingWithTheWrongTokenIs403AndWithoutOneIs401() {
        String id = server.comment("/p/", "mine", null).get("id").asText();
        assertError(server.delete("/api/v1/comments/" + id, "X-Edit-Token", "not-it"), 403, "wrong edit token");
        assertError(server.delete("/api/v1/comments/" + id), 401, "edit token");
    }
}
