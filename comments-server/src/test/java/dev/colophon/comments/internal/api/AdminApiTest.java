package dev.colophon.comments.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class AdminApiTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.open(backend, tmp, Moderation.PRE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void preModeratedCommentIsHiddenUntilApprovedButItsAuthorCanSeeIt() {
        JsonNode posted = server.comment("/p/", "please approve", null);
        assertThat(posted.get("status").asText()).isEqualTo("pending");
        String id = posted.get("id").asText();
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isZero();
        var own = server.get("/api/v1/comments/" + id, "X-Edit-Token", posted.get("token").asText());
        assertThat(own.json().get("status").asText()).isEqualTo("pending");
        assertThat(server.get("/api/v1/comments/" + id, "X-Edit-Token", "someone-else").status()).isEqualTo(403);

        JsonNode pending = server.get("/api/v1/admin/comments?status=pending", server.admin()).json().get("comments");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("email").isNull()).isTrue();
        assertThat(server.post("/api/v1/admin/comments/" + id + "/approve", "", server.admin()).status()).isEqualTo(200);

        JsonNode thread = server.get("/api/v1/comments?page=/p/").json();
        assertThat(thread.get("total").asInt()).isEqualTo(1);
        assertThat(thread.get("comments").get(0).get("html").asText()).isEqualTo("<p>please approve</p>");
    }

    @Test
    void rejectedSpamAndDeletedCommentsLeaveTheThread() {
        String a = server.comment("/p/", "a", null).get("id").asText();
        String b = server.comment("/p/", "b", null).get("id").asText();
        String c = server.comment("/p/", "c", null).get("id").asText();
        for (String id : new String[] {a, b, c}) {
            server.post("/api/v1/admin/comments/" + id + "/approve", "", server.admin());
        }
        server.post("/api/v1/admin/comments/" + a + "/reject", "", server.admin());
        server.post("/api/v1/admin/comments/" + b + "/spam", "", server.admin());
        assertThat(server.delete("/api/v1/admin/comments/" + c, server.admin()).status()).isEqualTo(204);
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isZero();
        assertThat(server.get("/api/v1/admin/comments?status=spam", server.admin()).json().get("comments")).hasSize(1);
    }

    @Test
    void adminEditsAComment() {
        String id = server.comment("/p/", "typo", null).get("id").asText();
        server.post("/api/v1/admin/comments/" + id + "/approve", "", server.admin());
        var edited = server.put("/api/v1/admin/comments/" + id, Map.of("body", "fixed"), server.admin());
        assertThat(edited.json().get("html").asText()).isEqualTo("<p>fixed</p>");
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("comments").get(0).get("html").asText())
                .isEqualTo("<p>fixed</p>");
    }

    @Test
    void blockedAuthorsNextCommentGoesToSpamAndIsNeverShown() {
        var first = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "spam", "email", "spammer@example.com"));
        String id = first.json().get("id").asText();
        JsonNode blocks = server.post("/api/v1/admin/comments/" + id + "/block", "", server.admin()).json().get("blocks");
        assertThat(blocks).extracting(b -> b.get("kind").asText()).containsExactlyInAnyOrder("email", "address");
        var again = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "more spam"));
        assertThat(again.status()).isEqualTo(201);
        JsonNode held = server.get("/api/v1/admin/comments?status=spam", server.admin()).json().get("comments");
        assertThat(held).extracting(c -> c.get("id").asText()).contains(again.json().get("id").asText());
        assertThat(held.get(0).get("spamReasons").get(0).get("signal").asText()).isEqualTo("blocked");
        long blockId = blocks.get(0).get("id").asLong();
        assertThat(server.delete("/api/v1/admin/blocks/" + blockId, server.admin()).status()).isEqualTo(204);
    }

    @Test
    void adminApiNeedsAuthentication() {
        assertThat(server.get("/api/v1/admin/comments").status()).isEqualTo(401);
        assertThat(server.get("/api/v1/admin/comments", "Authorization", "Bearer wrong").status()).isEqualTo(401);
        assertThat(server.post("/api/v1/admin/comments/1/approve", "").status()).isEqualTo(401);
    }

    @Test
    void passwordLoginGivesAnHttpOnlyStrictCookieAndWritesNeedTheCsrfToken() {
        assertThat(server.post("/api/v1/admin/login", Map.of("password", "nope")).status()).isEqualTo(401);
        var login = server.post("/api/v1/admin/login", Map.of("password", TestServer.PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        String setCookie = login.header("Set-Cookie");
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = login.json().get("csrf").asText();

        String id = server.comment("/p/", "x", null).get("id").asText();
        assertThat(server.get("/api/v1/admin/comments", "Cookie", cookie).status()).isEqualTo(200);
        assertThat(server.post("/api/v1/admin/comments/" + id + "/approve", "", "Cookie", cookie).status()).isEqualTo(403);
        assertThat(server.post("/api/v1/admin/comments/" + id + "/approve", "", "Cookie", cookie, "X-CSRF-Token", csrf).status())
                .isEqualTo(200);

        server.post("/api/v1/admin/logout", "", "Cookie", cookie, "X-CSRF-Token", csrf);
        assertThat(server.get("/api/v1/admin/comments", "Cookie", cookie).status()).isEqualTo(401);
    }
}
