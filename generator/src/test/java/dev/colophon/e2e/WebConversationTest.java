package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.colophon.comments.config.MailConfig;
import dev.colophon.comments.config.Moderation;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Web replies, faces and the share controls on the built sample site, in headless Chromium. */
class WebConversationTest {
    static final String POST = "/posts/hello-colophon/";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1,
            8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89, 0, 0, 0, 10, 'I', 'D', 'A', 'T', 0x78, (byte) 0x9c, 0x63, 0, 1, 0,
            0, 5, 0, 1, 0x0d, 0x0a, 0x2d, (byte) 0xb4, 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};

    @TempDir
    static Path tmp;
    static HttpServer web;
    static SiteUnderTest site;
    Browser reader;

    @BeforeAll
    static void serve() throws Exception {
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.start();
        site = new SiteUnderTest(tmp, Moderation.PRE, MailConfig.none(), List.of("127.0.0.1:" + web.getAddress().getPort()));
        String target = site.url(POST);
        page("/reply", """
                <article class="h-entry"><a class="u-url" href="/reply">#</a>
                <span class="p-author h-card"><img class="u-photo" src="/me.png" alt=""><a class="p-name u-url" href="/">Rae Web</a></span>
                <a class="u-in-reply-to" href="%s">re</a><div class="e-content"><p>Answered on my own blog.</p></div></article>"""
                .formatted(target));
        page("/like", "<div class=\"h-entry\"><a class=\"p-author h-card\" href=\"/\">Lee</a> <a class=\"u-like-of\" href=\""
                + target + "\">liked</a></div>");
        web.createContext("/me.png", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, PNG.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(PNG);
            }
        });
        for (String source : List.of("/reply", "/like")) {
            webmention("http://127.0.0.1:" + web.getAddress().getPort() + source, target);
        }
        site.comments.verifyWebmentions();
        long id = new ObjectMapper().readTree(site.admin("GET", "/api/v1/admin/comments?status=pending"))
                .get("comments").get(0).get("id").asLong();
        site.admin("POST", "/api/v1/admin/comments/" + id + "/approve");
    }

    static void page(String path, String html) {
        web.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    static void webmention(String source, String target) throws IOException, InterruptedException {
        String form = "source=" + URLEncoder.encode(source, StandardCharsets.UTF_8) + "&target=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.commentsUrl + "/webmention"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
    }

    @AfterAll
    static void stop() {
        site.close();
        web.stop(0);
    }

    @BeforeEach
    void openBrowser() {
        reader = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        assertThat(reader.uncaughtErrors()).isEmpty();
        reader.close();
    }

    @Test
    void aWebReplyShowsItsAuthorAProxiedAvatarAndWhereItWasWrittenAndALikeShowsAsAFace() {
        reader.open(site.url(POST));
        reader.awaitText(".c-list .c-comment .c-body", "Answered on my own blog.");
        WebElement reply = reader.await(".c-list .c-comment");
        assertThat(reply.findElement(By.cssSelector(".c-author")).getText()).isEqualTo("Rae Web");
        assertThat(reply.findElement(By.cssSelector(".c-via")).getText()).contains("replied on 127.0.0.1");
        assertThat(reply.findElement(By.cssSelector(".c-via")).getAttribute("href")).endsWith("/reply");
        String avatar = reply.findElement(By.cssSelector("img.c-avatar")).getAttribute("src");
        assertThat(avatar).startsWith(site.commentsUrl + "/api/v1/webmentions/");
        assertThat((Boolean) reader.js("return document.querySelector('img.c-avatar').complete"
                + " && document.querySelector('img.c-avatar').naturalWidth > 0")).isTrue();
        WebElement face = reader.await(".c-faces .c-face");
        assertThat(face.getAttribute("title")).isEqualTo("Lee liked");
        assertThat(reader.await(".c-react").getText()).contains("1 like");
    }

    @Test
    void shareLoadsItsCodeOnFirstUseCopiesTheLinkAndCountsTheShare() {
        reader.open(site.url(POST));
        reader.await(".c-list .c-comment");
        assertThat((Boolean) reader.js("return !!window.ColophonShare")).isFalse();
        reader.js("navigator.share = undefined;"
                + "window.__copied = null; navigator.clipboard.writeText = function (t) { window.__copied = t; return Promise.resolve(); };");
        reader.await(".share .share-open").click();
        WebElement copy = reader.await(".share-panel button");
        assertThat((Boolean) reader.js("return !!window.ColophonShare")).isTrue();
        copy.click();
        reader.awaitText(".share-status", "Link copied");
        assertThat(reader.js("return window.__copied")).isEqualTo(site.url(POST));
        reader.waiting().until(d -> site.thread(POST).contains("\"shares\":1") ? Boolean.TRUE : null);

        reader.open(site.url(POST));
        reader.awaitText(".c-stats .c-shares", "1 share");
    }

    @Test
    void mastodonAsksForTheInstanceOnceAndRemembersItOnlyWithConsent() {
        reader.open(site.url(POST));
        reader.await(".c-list .c-comment");
        // no real window is opened: the test never leaves loopback
        reader.js("navigator.share = undefined; window.__opened = []; window.open = function (u) { window.__opened.push(u); };");
        reader.await(".share .share-open").click();
        reader.await(".share-panel button");
        reader.all(".share-panel button").stream().filter(b -> b.getText().equals("Share to Mastodon")).findFirst().orElseThrow().click();
        WebElement form = reader.await(".share-mastodon");
        form.findElement(By.name("instance")).sendKeys("https://social.example/@me");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(reader.js("return window.__opened[0]")).asString()
                .startsWith("https://social.example/share?text=").contains(URLEncoder.encode(site.url(POST), StandardCharsets.UTF_8));
        assertThat(reader.js("return localStorage.getItem('colophon:mastodon')")).isNull();

        reader.all(".share-panel button").stream().filter(b -> b.getText().equals("Share to Mastodon")).findFirst().orElseThrow().click();
        WebElement again = reader.await(".share-mastodon");
        again.findElement(By.name("instance")).sendKeys("social.example");
        again.findElement(By.name("remember")).click();
        again.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(reader.js("return localStorage.getItem('colophon:mastodon')")).isEqualTo("social.example");
        reader.all(".share-panel button").stream().filter(b -> b.getText().equals("Share to Mastodon")).findFirst().orElseThrow().click();
        assertThat(reader.all(".share-mastodon")).isEmpty(); // remembered: not asked again
        assertThat(reader.js("return window.__opened.length")).isEqualTo(3L);
    }
}
