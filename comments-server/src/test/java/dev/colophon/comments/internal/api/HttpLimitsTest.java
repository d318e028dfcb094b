package dev.colophon.comments.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.RawHttp;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slow, oversized and malformed clients: answered in the API's JSON at once, never holding a worker. */
class HttpLimitsTest {
    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer(tmp.resolve("c.db").toString(), Moderation.POST, Limits.defaults().withoutRates());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String post(long declaredLength) {
        return "POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + declaredLength + "\r\n\r\n";
    }

    @Test
    void aDeclaredBodyOverTheCapIsRefusedWith413BeforeItIsSent() {
        RawHttp.Answer answer = RawHttp.exchange(server.server.port(), post(10_000_000));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("content-type")).startsWith("application/json");
        assertThat(answer.body()).contains("\"error\":\"too_large\"");
    }

    @Test
    void connectionsStalledMidBodyDoNotHoldTheServersWorkers() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) { // more than Jetty's 250 worker threads
                Socket socket = new Socket("127.0.0.1", server.server.port());
                socket.getOutputStream().write((post(60_000) + "{\"page\":").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            TestServer.Response health = server.send(server.request("/health").timeout(Duration.ofSeconds(3)).GET().build());
            assertThat(health.status()).isEqualTo(200);
            assertThat(server.comment("/p/", "still served", null).get("id").asLong()).isPositive();
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aClientThatHangsUpMidBodyIsOneQuietLogLineAtMost() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 20; i++) {
                try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
                    OutputStream out = socket.getOutputStream();
                    out.write((post(5_000) + "{\"page\": \"/p/\"").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
            assertThat(server.get("/health").status()).isEqualTo(200);
            Thread.sleep(300);
        } finally {
            System.setErr(original);
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(text.lines().count()).isLessThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad UTF-8 in the path|GET /api/v1/comments%ff%fe HTTP/1.1|400",
        "a dot-dot segment above the root|GET /../../etc/passwd HTTP/1.1|400",
        "a dot-dot segment inside the API|GET /api/v1/../../etc/passwd HTTP/1.1|404",
        "an encoded dot-dot segment|GET /api/v1/comments/..%2F..%2Fadmin HTTP/1.1|400",
        "an unknown HTTP version|GET /health HTTP/3.7|505",
    })
    void jettysOwnErrorsAreTheApisJsonWithItsHeaders(String what, String requestLine, int status) {
        assertJsonError(RawHttp.exchange(server.server.port(), requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), status);
    }

    @Test
    void aBadContentLengthIsTheApisJson() {
        assertJsonError(RawHttp.exchange(server.server.port(),
                "POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 12abc\r\n\r\n"), 400);
    }

    @Test
    void anOverlongUriIs414AndOverlongHeadersAre431InTheApisJson() {
        String longPath = "/api/v1/comments?page=/" + "a".repeat(20_000);
        assertJsonError(RawHttp.exchange(server.server.port(), "GET " + longPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 414);
        assertJsonError(RawHttp.exchange(server.server.port(),
                "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + "c".repeat(20_000) + "\r\nConnection: close\r\n\r\n"), 431);
    }

    private static void assertJsonError(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("content-type")).as(answer.headers().toString()).startsWith("application/json");
        assertThat(answer.body()).startsWith("{\"error\":\"").contains("\"message\":\"")
                .doesNotContain("<html").doesNotContain("org.eclipse").doesNotContain("Exception");
        assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(answer.header("content-security-policy")).contains("default-src 'none'");
    }
}
