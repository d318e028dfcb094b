package dev.colophon.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview as browsers reach it: asking for gzip, and under each of the loopback names. */
class PreviewAddressesTest {
    @TempDir
    Path tmp;
    Path site;
    PreviewServer server;
    int port;
    String big = "A line of a large static file, long enough to be compressed.\n".repeat(200);

    @BeforeEach
    void start() throws Exception {
        site = tmp.resolve("site");
        dev.colophon.e2e.SiteUnderTest.copyContent(site);
        Files.createDirectories(site.resolve("static"));
        Files.writeString(site.resolve("static/big.txt"), big);
        server = PreviewServer.start(site, 0, Clock.systemUTC(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        port = URI.create(server.url()).getPort();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aStreamedFileArrivesWholeWhenTheClientAsksForGzip() throws Exception {
        HttpResponse<byte[]> zipped = send(HttpRequest.newBuilder(URI.create(server.url() + "/big.txt"))
                .header("Accept-Encoding", "gzip"));
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(big);
        }
        HttpResponse<byte[]> plain = send(HttpRequest.newBuilder(URI.create(server.url() + "/big.txt")));
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(big);
    }

    @Test
    void thePageStylesheetAndApiAnswerOnEveryLoopbackName() throws Exception {
        for (String host : new String[] {"localhost", "127.0.0.1", "[::1]"}) {
            String base = "http://" + host + ":" + port;
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/posts/hello-colophon/"))).statusCode()).as(base).isEqualTo(200);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/css/colophon.css"))
                    .header("Accept-Encoding", "gzip")).statusCode()).as(base).isEqualTo(200);
        }
    }

    @Test
    void theWidgetIsAllowedFromEveryLoopbackOriginAndItsViewsAreCounted() throws Exception {
        for (String origin : new String[] {"http://localhost:" + port, "http://127.0.0.1:" + port, "http://[::1]:" + port}) {
            HttpResponse<byte[]> preflight = send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/comments"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST"));
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(origin).hasValue(origin);
            HttpResponse<byte[]> beacon = send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/views"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"page\":\"/posts/hello-colophon/\"}"))
                    .header("Origin", origin).header("Content-Type", "text/plain;charset=UTF-8"));
            assertThat(beacon.statusCode()).as(origin).isEqualTo(204);
        }
        HttpResponse<byte[]> stranger = send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/views"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"page\":\"/posts/hello-colophon/\"}"))
                .header("Origin", "http://evil.example").header("Content-Type", "text/plain;charset=UTF-8"));
        assertThat(stranger.statusCode()).isEqualTo(403);
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
