package dev.colophon.comments.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
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
class CommentApiTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.open(backend, tmp, Moderation.POST);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void postedCommentIsStoredAndReadBackInTheContractShape() {
        var posted = server.post("/api/v1/comments", Map.of("page", "/posts/hello/", "body", "Hi *there*",
                "author", "Ann", "email", "ann@example.com", "website", "https://ann.example"));
        assertThat(posted.status()).isEqualTo(201);
        JsonNode comment = posted.json();
        assertThat(comment.get("id").asLong()).isPositive();
        assertThat(comment.get("status").asText()).isEqualTo("approved");
        assertThat(comment.get("token").asText()).hasSizeGreaterThan(20);
        assertThat(comment.has("email")).isFalse();

        JsonNode thread = server.get("/api/v1/comments?page=/posts/hello/").json();
        assertThat(thread.get("page").asText()).isEqualTo("/posts/hello/");
        assertThat(thread.get("total").asInt()).isEqualTo(1);
        JsonNode first = thread.get("comments").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(comment.get("id").asLong());
        assertThat(first.get("parent").isNull()).isTrue();
        assertThat(first.get("author").asText()).isEqualTo("Ann");
        assertThat(first.get("html").asText()).isEqualTo("<p>Hi <em>there</em></p>");
        assertThat(first.get("created").asText()).isEqualTo("2026-11-25T12:00:00Z");
        assertThat(first.get("likes").asInt()).isZero();
        assertThat(first.get("replies")).isEmpty();
        assertThat(thread.toString()).doesNotContain("ann@example.com");
    }

    @Test
    void repliesNestAtAnyDepthAndTheTotalCountsThemAll() {
        long root = server.comment("/p/", "root", null).get("id").asLong();
        long reply = server.comment("/p/", "reply", root).get("id").asLong();
        long deeper = server.comment("/p/", "deeper", reply).get("id").asLong();
        server.comment("/p/", "second root", null);
        JsonNode thread = server.get("/api/v1/comments?page=/p/").json();
        assertThat(thread.get("total").asInt()).isEqualTo(4);
        assertThat(thread.get("comments")).hasSize(2);
        JsonNode nested = thread.get("comments").get(0).get("replies").get(0).get("replies").get(0);
        assertThat(nested.get("id").asLong()).isEqualTo(deeper);
        assertThat(nested.get("parent").asLong()).isEqualTo(reply);
    }

    @Test
    void threadsSortAndPaginateTopLevelComments() {
        long a = server.comment("/p/", "a", null).get("id").asLong();
        long b = server.comment("/p/", "b", null).get("id").asLong();
        long c = server.comment("/p/", "c", null).get("id").asLong();
        server.post("/api/v1/comments/" + b + "/like", "");
        assertThat(ids(server.get("/api/v1/comments?page=/p/&sort=newest").json())).containsExactly(c, b, a);
        assertThat(ids(server.get("/api/v1/comments?page=/p/&sort=top").json())).containsExactly(b, a, c);
        JsonNode page1 = server.get("/api/v1/comments?page=/p/&limit=2").json();
        assertThat(ids(page1)).containsExactly(a, b);
        assertThat(page1.get("hasMore").asBoolean()).isTrue();
        JsonNode page2 = server.get("/api/v1/comments?page=/p/&limit=2&offset=2").json();
        assertThat(ids(page2)).containsExactly(c);
        assertThat(page2.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void unchangedThreadAnswers304ToItsEtag() {
        server.comment("/p/", "a", null);
        var first = server.get("/api/v1/comments?page=/p/");
        String etag = first.header("ETag");
        assertThat(server.get("/api/v1/comments?page=/p/", "If-None-Match", etag).status()).isEqualTo(304);
        server.comment("/p/", "b", null);
        assertThat(server.get("/api/v1/comments?page=/p/", "If-None-Match", etag).status()).isEqualTo(200);
    }

    @Test
    void authorEditsWithinTheWindowAndNotAfter() {
        JsonNode posted = server.comment("/p/", "first draft", null);
        String id = posted.get("id").asText();
        String token = posted.get("token").asText();
        var edited = server.put("/api/v1/comments/" + id, Map.of("body", "**final**"), "X-Edit-Token", token);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("comments").get(0).get("html").asText())
                .isEqualTo("<p><strong>final</strong></p>");

        assertThat(server.put("/api/v1/comments/" + id, Map.of("body", "x"), "X-Edit-Token", "wrong").status()).isEqualTo(403);
        assertThat(server.put("/api/v1/comments/" + id, Map.of("body", "x")).status()).isEqualTo(401);
        server.clock.advance(Duration.ofMinutes(16));
        var late = server.put("/api/v1/comments/" + id, Map.of("body", "too late"), "X-Edit-Token", token);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("message").asText()).contains("edit window");
    }

    @Test
    void authorDeletesALeafOutrightAndAParentBecomesAPlaceholder() {
        JsonNode parent = server.comment("/p/", "parent", null);
        JsonNode child = server.comment("/p/", "child", parent.get("id").asLong());
        assertThat(server.delete("/api/v1/comments/" + parent.get("id").asText(),
                "X-Edit-Token", parent.get("token").asText()).status()).isEqualTo(204);
        JsonNode placeholder = server.get("/api/v1/comments?page=/p/").json().get("comments").get(0);
        assertThat(placeholder.get("deleted").asBoolean()).isTrue();
        assertThat(placeholder.get("html").asText()).isEmpty();
        assertThat(placeholder.get("replies").get(0).get("html").asText()).isEqualTo("<p>child</p>");

        server.delete("/api/v1/comments/" + child.get("id").asText(), "X-Edit-Token", child.get("token").asText());
        JsonNode thread = server.get("/api/v1/comments?page=/p/").json();
        assertThat(thread.get("comments")).isEmpty();
        assertThat(thread.get("total").asInt()).isZero();
    }

    @Test
    void aVisitorLikesACommentOnce() {
        long id = server.comment("/p/", "likeable", null).get("id").asLong();
        String[] alice = {"User-Agent", "Alice Browser"};
        assertThat(server.post("/api/v1/comments/" + id + "/like", "", alice).json().get("likes").asInt()).isEqualTo(1);
        assertThat(server.post("/api/v1/comments/" + id + "/like", "", alice).json().get("likes").asInt()).isEqualTo(1);
        assertThat(server.post("/api/v1/comments/" + id + "/like", "", "User-Agent", "Bob Browser").json().get("likes").asInt())
                .isEqualTo(2);
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("comments").get(0).get("likes").asInt()).isEqualTo(2);
    }

    @Test
    void countsManyPagesInOneRequest() {
        server.comment("/a/", "1", null);
        server.comment("/a/", "2", null);
        server.comment("/b/", "3", null);
        JsonNode counts = server.get("/api/v1/counts?page=/a/&page=/b/&page=/c/").json().get("counts");
        assertThat(counts.get("/a/").asInt()).isEqualTo(2);
        assertThat(counts.get("/b/").asInt()).isEqualTo(1);
        assertThat(counts.get("/c/").asInt()).isZero();
    }

    @Test
    void previewRendersWithoutSaving() {
        var preview = server.post("/api/v1/preview", Map.of("body", "# Title\n\n*hi* <b>x</b>"));
        assertThat(preview.json().get("html").asText()).isEqualTo("Title\n<p><em>hi</em> &lt;b&gt;x&lt;/b&gt;</p>");
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isZero();
    }

    @Test
    void feedsCarryApprovedCommentsOfAThreadOrTheSite() throws Exception {
        server.comment("/a/", "on a", null);
        server.comment("/b/", "on b", null);
        SyndFeed thread = new SyndFeedInput().build(new StringReader(server.get("/api/v1/feed?page=/a/").text()));
        assertThat(thread.getEntries()).hasSize(1);
        assertThat(thread.getEntries().get(0).getLink()).startsWith("https://blog.example/a/#comment-");
        SyndFeed site = new SyndFeedInput().build(new StringReader(server.get("/api/v1/feed").text()));
        assertThat(site.getEntries()).hasSize(2);
    }

    @Test
    void oneServerKeepsTheThreadsOfSeveralSitesApart() {
        server.post("/api/v1/comments", Map.of("page", "/about/", "body", "on blog one", "site", "one"));
        server.post("/api/v1/comments", Map.of("page", "/about/", "body", "on blog two", "site", "two"));
        JsonNode one = server.get("/api/v1/comments?page=/about/&site=one").json();
        assertThat(one.get("total").asInt()).isEqualTo(1);
        assertThat(one.get("comments").get(0).get("html").asText()).isEqualTo("<p>on blog one</p>");
        assertThat(server.get("/api/v1/comments?page=/about/").json().get("total").asInt()).isZero();
        assertThat(server.get("/api/v1/counts?page=/about/&site=two").json().get("counts").get("/about/").asInt()).isEqualTo(1);
    }

    @Test
    void healthAnswersWhileTheDatabaseIsReachable() {
        assertThat(server.get("/health").status()).isEqualTo(200);
    }

    private static java.util.List<Long> ids(JsonNode thread) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        thread.get("comments").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }
}
