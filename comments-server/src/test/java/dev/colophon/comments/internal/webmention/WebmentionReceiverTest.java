package dev.colophon.comments.internal.webmention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.MailConfig;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.StatsConfig;
import dev.colophon.comments.internal.fetch.LoopbackSite;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receiver as webmention.rocks tests one, offline: sources are pages on a loopback server that the
 * comment server is allowed to fetch; the target is a page of the configured site.
 */
class WebmentionReceiverTest {
    static final String POST = TestServer.ORIGIN + "/posts/hello/";

    @TempDir
    Path dir;
    LoopbackSite web;
    TestServer server;

    @BeforeEach
    void start() {
        web = new LoopbackSite();
        server = open(dir.resolve("comments.db").toString(), List.of("127.0.0.1:" + web.port()));
    }

    @AfterEach
    void stop() {
        server.close();
        web.close();
    }

    static TestServer open(String db, List<String> allow) {
        return new TestServer(db, Moderation.PRE, Limits.defaults().withoutRates(), StatsConfig.defaults(),
                MailConfig.none(), allow);
    }

    static String reply(String target, String text) {
        return """
                <!DOCTYPE html><html><body>
                <article class="h-entry">
                  <a class="u-url" href="/reply">permalink</a>
                  <div class="p-author h-card"><a class="u-url p-name" href="/">Beatrice Web</a>
                    <img class="u-photo" src="/me.png" alt=""></div>
                  <p>In reply to <a class="u-in-reply-to" href="%s">hello</a></p>
                  <div class="e-content"><p>%s</p></div>
                </article></body></html>""".formatted(target, text);
    }

    TestServer.Response send(TestServer on, String source, String target) {
        String form = "source=" + URLEncoder.encode(source, StandardCharsets.UTF_8) + "&target="
                + URLEncoder.encode(target, StandardCharsets.UTF_8);
        return on.send(on.request("/webmention").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    TestServer.Response send(String source, String target) {
        return send(server, source, target);
    }

    JsonNode verified(TestServer.Response accepted) {
        server.server.verifyWebmentions();
        String location = accepted.header("Location");
        return server.get(location.substring(location.indexOf("/webmention/"))).json();
    }

    JsonNode thread() {
        return server.get("/api/v1/comments?page=/posts/hello/").json();
    }

    JsonNode allComments() {
        return server.get("/api/v1/admin/comments?status=all", server.admin()).json().get("comments");
    }

    @Test
    void acceptsAFormEncodedWebmentionWith202AndAStatusUrl() {
        web.page("/reply", 200, "text/html", reply(POST, "Nice post!"));
        TestServer.Response response = send(web.url("/reply"), POST);
        assertThat(response.status()).isEqualTo(202);
        assertThat(response.header("Location")).startsWith(server.base + "/webmention/");
        JsonNode status = verified(response);
        assertThat(status.get("status").asText()).isEqualTo("accepted");
        assertThat(status.get("kind").asText()).isEqualTo("reply");
        assertThat(status.get("source").asText()).isEqualTo(web.url("/reply"));
    }

    @Test
    void aFormOnAnotherSiteMaySendAWebmentionFromABrowser() {
        web.page("/reply", 200, "text/html", reply(POST, "Sent by hand"));
        String form = "source=" + URLEncoder.encode(web.url("/reply"), StandardCharsets.UTF_8) + "&target="
                + URLEncoder.encode(POST, StandardCharsets.UTF_8);
        TestServer.Response response = server.send(server.request("/webmention", "Origin", "https://other.example")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(response.status()).isEqualTo(202);
    }

    @Test
    void refusesRequestsThatAreWrongWithoutFetchingAnything() {
        assertThat(send("", POST).status()).isEqualTo(400);
        assertThat(send(web.url("/a"), "").status()).isEqualTo(400);
        assertThat(send("ftp://127.0.0.1/a", POST).status()).isEqualTo(400);
        assertThat(send("not a url", POST).status()).isEqualTo(400);
        assertThat(send(POST, POST).json().get("message").asText()).contains("different");
        assertThat(send(POST + "#comments", POST).status()).isEqualTo(400);
        TestServer.Response elsewhere = send(web.url("/a"), "https://other.example/posts/hello/");
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.json().get("message").asText()).contains("not a page of a site");
        TestServer.Response json = server.post("/webmention", java.util.Map.of("source", web.url("/a"), "target", POST));
        assertThat(json.status()).isEqualTo(400);
        assertThat(web.requests).hasValue(0);
    }

    @Test
    void aVerifiedReplyIsAModeratedCommentListedWithItsSourceAndShownAfterApproval() {
        web.page("/reply", 200, "text/html", reply(POST, "I wrote about this <b>too</b> * here"));
        verified(send(web.url("/reply"), POST));
        JsonNode listed = allComments().get(0);
        assertThat(listed.get("status").asText()).isEqualTo("pending");
        assertThat(listed.get("source").asText()).isEqualTo(web.url("/reply"));
        assertThat(listed.get("author").asText()).isEqualTo("Beatrice Web");
        assertThat(listed.get("website").asText()).isEqualTo(web.url("/"));
        assertThat(listed.get("html").asText()).isEqualTo("<p>I wrote about this too * here</p>");
        assertThat(thread().get("comments")).isEmpty();

        server.post("/api/v1/admin/comments/" + listed.get("id").asLong() + "/approve", "", server.admin());
        JsonNode shown = thread().get("comments").get(0);
        assertThat(shown.get("source").asText()).isEqualTo(web.url("/reply"));
        assertThat(shown.get("author").asText()).isEqualTo("Beatrice Web");
    }

    @Test
    void sendingTheSameWebmentionTwiceKeepsOneCommentAndAnUpdateChangesItsText() {
        web.handle("/reply", new Versions(reply(POST, "First thoughts"), reply(POST, "Second thoughts")));
        verified(send(web.url("/reply"), POST));
        verified(send(web.url("/reply"), POST));
        assertThat(allComments()).hasSize(1);
        assertThat(allComments().get(0).get("html").asText()).contains("Second thoughts");
    }

    @Test
    void aReplyToACommentFragmentIsThreadedUnderThatComment() {
        long parent = server.comment("/posts/hello/", "First!", null).get("id").asLong();
        server.post("/api/v1/admin/comments/" + parent + "/approve", "", server.admin());
        String target = POST + "#comment-" + parent;
        web.page("/reply", 200, "text/html", reply(target, "Replying to you"));
        verified(send(web.url("/reply"), target));
        JsonNode reply = allComments().get(0);
        assertThat(reply.get("parentId").asLong()).isEqualTo(parent);
    }

    @Test
    void aSourceThatIsGoneOrNoLongerLinksRemovesItsReply() {
        Versions versions = new Versions(reply(POST, "Here today"), "<p>I changed my mind and link nowhere.</p>");
        web.handle("/reply", versions);
        verified(send(web.url("/reply"), POST));
        long id = allComments().get(0).get("id").asLong();
        server.post("/api/v1/admin/comments/" + id + "/approve", "", server.admin());
        assertThat(thread().get("comments")).hasSize(1);

        JsonNode status = verified(send(web.url("/reply"), POST));
        assertThat(status.get("status").asText()).isEqualTo("removed");
        assertThat(thread().get("comments")).isEmpty();

        web.page("/gone", 200, "text/html", reply(POST, "Soon gone"));
        verified(send(web.url("/gone"), POST));
        web.page("/gone-now", 410, "text/html", "");
        assertThat(allComments()).hasSize(1);
    }

    @Test
    void a410RemovesAReplyThatWasAccepted() {
        Versions versions = new Versions(reply(POST, "Brief"), null);
        web.handle("/brief", versions);
        verified(send(web.url("/brief"), POST));
        assertThat(allComments()).hasSize(1);
        JsonNode status = verified(send(web.url("/brief"), POST));
        assertThat(status.get("status").asText()).isEqualTo("removed");
        assertThat(status.get("message").asText()).contains("410");
        assertThat(allComments()).isEmpty();
    }

    @Test
    void aSourceWithoutTheExactTargetIsRejected() {
        web.page("/near", 200, "text/html", "<a href=\"" + POST + "other\">close</a> <a href=\"https://blog.example/posts/\">up</a>");
        JsonNode status = verified(send(web.url("/near"), POST));
        assertThat(status.get("status").asText()).isEqualTo("rejected");
        assertThat(status.get("message").asText()).contains("does not link");
        web.page("/missing", 404, "text/html", "");
        assertThat(verified(send(web.url("/missing"), POST)).get("status").asText()).isEqualTo("rejected");
    }

    @Test
    void findsTheLinkInAnImageOrARelativeLinkUnderABaseAndCallsAPlainPageAMention() {
        web.page("/img", 200, "text/html", "<img src=\"" + POST + "\">");
        web.page("/base", 200, "text/html", "<head><base href=\"https://blog.example/posts/\"></head><a href=\"hello/\">x</a>");
        assertThat(verified(send(web.url("/img"), POST)).get("kind").asText()).isEqualTo("mention");
        assertThat(verified(send(web.url("/base"), POST)).get("status").asText()).isEqualTo("accepted");
        assertThat(allComments()).isEmpty();
    }

    @Test
    void aLikeIsAReactionWithAProxiedFaceAndARepostIsAShare() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};
        web.handle("/me.png", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
        });
        web.page("/like", 200, "text/html", """
                <div class="h-entry"><a class="p-author h-card" href="/">Carla<img src="/me.png" class="u-photo"></a>
                liked <a class="u-like-of" href="%s">this</a></div>""".formatted(POST));
        web.page("/repost", 200, "text/html", """
                <div class="h-entry"><span class="p-author">Dev</span>
                reposted <a class="u-repost-of" href="%s">this</a></div>""".formatted(POST));
        verified(send(web.url("/like"), POST));
        verified(send(web.url("/repost"), POST));
        JsonNode thread = thread();
        assertThat(thread.get("reactions").asInt()).isEqualTo(1);
        assertThat(thread.get("shares").asInt()).isEqualTo(1);
        JsonNode like = thread.get("faces").get(0);
        assertThat(like.get("kind").asText()).isEqualTo("like");
        assertThat(like.get("name").asText()).isEqualTo("Carla");
        assertThat(like.get("avatar").asText()).startsWith("/api/v1/webmentions/");
        assertThat(thread.get("faces").get(1).get("kind").asText()).isEqualTo("repost");
        assertThat(thread.get("faces").get(1).get("avatar").isNull()).isTrue();
        TestServer.Response avatar = server.get(like.get("avatar").asText());
        assertThat(avatar.header("Content-Type")).isEqualTo("image/png");
        assertThat(server.get("/api/v1/counts?page=/posts/hello/").json().get("reactions").get("/posts/hello/").asInt())
                .isEqualTo(1);

        web.page("/like-gone", 410, "text/html", "");
        verified(send(web.url("/like"), POST)); // unchanged: still a like, counted once
        assertThat(thread().get("reactions").asInt()).isEqualTo(1);
    }

    @Test
    void aLoopbackSourceNotOnTheAllowListIsRefusedWithoutBeingFetched() {
        try (LoopbackSite other = new LoopbackSite()) {
            other.page("/reply", 200, "text/html", reply(POST, "sneaky"));
            JsonNode status = verified(send(other.url("/reply"), POST));
            assertThat(status.get("status").asText()).isEqualTo("rejected");
            assertThat(status.get("message").asText()).contains("not a public address");
            assertThat(other.requests).hasValue(0);
        }
    }

    @Test
    void aQueuedWebmentionSurvivesARestartAndIsRetriedUntilTheSourceAnswers() {
        Versions versions = new Versions(null, reply(POST, "Back online"));
        versions.firstStatus = 503;
        web.handle("/flaky", versions);
        JsonNode first = verified(send(web.url("/flaky"), POST));
        assertThat(first.get("status").asText()).isEqualTo("queued");
        server.close();

        server = open(dir.resolve("comments.db").toString(), List.of("127.0.0.1:" + web.port()));
        server.server.verifyWebmentions();
        assertThat(allComments()).isEmpty(); // not due yet
        server.clock.advance(Duration.ofMinutes(2));
        server.server.verifyWebmentions();
        assertThat(allComments()).hasSize(1);
        assertThat(allComments().get(0).get("html").asText()).contains("Back online");
    }

    /** Serves one page, then another on every later request; null answers 410 Gone. */
    static final class Versions implements com.sun.net.httpserver.HttpHandler {
        private final String first;
        private final String later;
        private int served;
        int firstStatus = 200;

        Versions(String first, String later) {
            this.first = first;
            this.later = later;
        }

        @Override
        public synchronized void handle(com.sun.net.httpserver.HttpExchange exchange) throws java.io.IOException {
            String body = served++ == 0 ? first : later;
            int status = served == 1 ? firstStatus : 200;
            LoopbackSite.send(exchange, body == null && status == 200 ? 410 : status, "text/html", body == null ? "" : body);
        }
    }
}
