package dev.colophon.comments.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorsPolicyTest {
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

    @Test
    void configuredOriginMayReadAndWrite() {
        var read = server.get("/api/v1/comments?page=/p/", "Origin", TestServer.ORIGIN);
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo(TestServer.ORIGIN);
        var write = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "hi"), "Origin", TestServer.ORIGIN);
        assertThat(write.status()).isEqualTo(201);
    }

    @Test
    void otherOriginsGetNoCorsHeadersAndCannotWrite() {
        var read = server.get("/api/v1/comments?page=/p/", "Origin", "https://evil.example");
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
        var write = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "hi"), "Origin", "https://evil.example");
        assertThat(write.status()).isEqualTo(403);
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isZero();
    }

    @Test
    void preflightNamesMethodsAndHeadersForAllowedOriginsOnly() {
        var allowed = server.send(server.request("/api/v1/comments", "Origin", TestServer.ORIGIN,
                "Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(allowed.header("Access-Control-Allow-Headers")).contains("X-Edit-Token");
        var denied = server.send(server.request("/api/v1/comments", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(denied.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        var response = server.get("/api/v1/comments?page=/p/");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
    }
}
