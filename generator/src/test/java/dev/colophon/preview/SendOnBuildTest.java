package dev.colophon.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colophon serve --send-webmentions}: the preview tells linked pages, as the published site would. */
class SendOnBuildTest {
    @TempDir
    Path tmp;

    @Test
    void afterABuildThePublishedPostsLinksAreToldUnderTheConfiguredBaseUrlAndDraftsAreNot() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/post", exchange -> {
            byte[] body = "<link rel=\"webmention\" href=\"/endpoint\"><p>hello</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        other.createContext("/endpoint", exchange -> {
            received.add(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        other.start();
        String target = "http://127.0.0.1:" + other.getAddress().getPort() + "/post";
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("posts"));
        Files.writeString(site.resolve("site.yml"), "title: Mine\nbase_url: https://mine.example/\n");
        Files.writeString(site.resolve("posts/answer.md"), "---\ntitle: Answer\ndate: 2026-01-02\n---\nSee [this](" + target + ").\n");
        Files.writeString(site.resolve("posts/later.md"), "---\ntitle: Later\ndate: 2026-01-03\ndraft: true\n---\n[Not yet](" + target + "?draft).\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PreviewServer server = PreviewServer.start(site, 0, Clock.systemUTC(), new PrintStream(log, true, StandardCharsets.UTF_8), true)) {
            long until = System.currentTimeMillis() + 30_000;
            Path sent = site.resolve(".colophon/webmentions-sent.json");
            while ((received.isEmpty() || !Files.exists(sent)) && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertThat(received).containsExactly("source=https://mine.example/posts/answer/&target=" + target);
            assertThat(Files.readString(sent)).contains("https://mine.example/posts/answer/");
        } finally {
            other.stop(0);
        }
    }
}
