package dev.colophon.comments.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.CommentServer;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.MailConfig;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guessing the admin token or password gets slower with every miss; sessions are Secure over TLS. */
class AuthHardeningTest {
    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer(tmp.resolve("c.db").toString(), Moderation.PRE, Limits.defaults().withoutRates());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int adminListWith(String token) {
        return server.get("/api/v1/admin/comments", "Authorization", "Bearer " + token).status();
    }

    @Test
    void wrongBearerTokensLockTheAddressOutWithGrowingDelaysAndTheRightOneClearsIt() throws InterruptedException {
        for (int i = 0; i < 6; i++) {
            assertThat(adminListWith("guess-" + i)).isEqualTo(401);
        }
        TestServer.Response locked = server.get("/api/v1/admin/comments", server.admin());
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isEqualTo("1");

        Thread.sleep(1_100);
        assertThat(adminListWith("guess-again")).isEqualTo(401);
        TestServer.Response longer = server.get("/api/v1/admin/comments", server.admin());
        assertThat(longer.status()).isEqualTo(429);
        assertThat(longer.header("Retry-After")).isEqualTo("2");

        Thread.sleep(2_100);
        assertThat(server.get("/api/v1/admin/comments", server.admin()).status()).isEqualTo(200);
        assertThat(adminListWith("one-miss-after-success")).isEqualTo(401); // the count started again
        assertThat(server.get("/api/v1/admin/comments", server.admin()).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordsLockTheLoginOutBeforeTheRateLimitDoes() {
        for (int i = 0; i < 6; i++) {
            assertThat(server.post("/api/v1/admin/login", Map.of("password", "guess " + i)).status()).isEqualTo(401);
        }
        TestServer.Response locked = server.post("/api/v1/admin/login", Map.of("password", TestServer.PASSWORD));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("error").asText()).isEqualTo("rate_limited");
    }

    @Test
    void theSessionCookieIsSecureWhenTheTrustedProxySaysHttps() throws Exception {
        try (CommentServer behindProxy = serverWith(true, MailConfig.none())) {
            assertThat(loginCookie(behindProxy, "X-Forwarded-Proto", "https")).contains("; Secure");
            assertThat(loginCookie(behindProxy, "X-Forwarded-Proto", "http")).doesNotContain("Secure");
        }
        try (CommentServer direct = serverWith(false, MailConfig.none())) {
            assertThat(loginCookie(direct, "X-Forwarded-Proto", "https")).doesNotContain("Secure"); // nobody to trust
        }
    }

    @Test
    void theSessionCookieIsSecureWhenThePublicUrlIsHttps() throws Exception {
        MailConfig publicHttps = new MailConfig(null, 587, null, null, "starttls", null, null, "https://comments.blog.example");
        try (CommentServer server = serverWith(false, publicHttps)) {
            assertThat(loginCookie(server, "X-Nothing", "")).contains("; Secure");
        }
    }

    @Test
    void aBlockWithoutKindOrValueIs400() {
        TestServer.Response response = server.post("/api/v1/admin/blocks", "{}", server.admin());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("kind must be email or address");
    }

    @Test
    void aWronglyTypedFieldIsNamedWithoutJavaClassNames() {
        TestServer.Response response = server.post("/api/v1/comments", "{\"page\":\"/p/\",\"body\":\"x\",\"parent\":\"abc\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).isEqualTo("malformed JSON: field 'parent' must be a whole number");
        assertThat(server.post("/api/v1/comments", "{\"page\":[1],\"body\":\"x\"}").json().get("message").asText())
                .doesNotContain("java").doesNotContain("String").contains("'page' must be a string");
    }

    private CommentServer serverWith(boolean trustProxy, MailConfig mail) {
        return CommentServer.start(ServerConfig.builder().listen("127.0.0.1", 0)
                .database(tmp.resolve(java.util.UUID.randomUUID() + ".db").toString()).origins(List.of(TestServer.ORIGIN))
                .admin(TestServer.TOKEN, TestServer.PASSWORD_HASH).moderation(Moderation.PRE).trustProxy(trustProxy)
                .mail(mail).build(), Clock.systemUTC(), cfg -> { });
    }

    private String loginCookie(CommentServer target, String header, String value) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + "/api/v1/admin/login"))
                .header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"" + TestServer.PASSWORD + "\"}")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.headers().firstValue("Set-Cookie").orElseThrow();
    }
}
