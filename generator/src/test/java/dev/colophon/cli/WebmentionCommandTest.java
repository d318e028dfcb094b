package dev.colophon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.comments.CommentServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two blogs on loopback, each a built site on a static server with its own comment server: A writes about
 * B's post, and {@code colophon webmention send} on A makes it a conversation on B.
 */
class WebmentionCommandTest {
    static final String TOKEN = "two-sites-admin-token-0123";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Blog a;
    Blog b;

    @BeforeEach
    void start() {
        a = new Blog(tmp.resolve("a"), "Ann Author");
        b = new Blog(tmp.resolve("b"), "Bo Blogger");
        b.startComments(List.of("127.0.0.1:" + a.site.port())); // B fetches A's pages, nothing else on loopback
        a.startComments(List.of());
        b.post("hello", "title: Hello from B\ndate: 2026-11-01", "A post worth answering.");
        b.build();
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
    }

    @Test
    void aReplyOnAAppearsInBsThreadAfterApprovalAndGoesWhenTheLinkIsRemoved() throws Exception {
        String target = b.url("/posts/hello/");
        a.post("answer", "title: An answer\ndate: 2026-11-02\nin_reply_to: " + target,
                "I think [Bo's post](" + target + ") misses a point.");
        a.build();

        assertThat(CliOutput.of("webmention", "send", "--dry-run", "--source", a.root.toString()))
                .contains("would send " + a.url("/posts/answer/") + " -> " + target + " via " + b.commentsUrl() + "/webmention");
        b.comments.verifyWebmentions();
        assertThat(b.admin("GET", "/api/v1/admin/comments?status=all").get("comments")).isEmpty();

        assertThat(CliOutput.of("webmention", "send", "--source", a.root.toString())).contains("Sent 1 webmention");
        b.comments.verifyWebmentions();
        JsonNode pending = b.admin("GET", "/api/v1/admin/comments?status=all").get("comments").get(0);
        assertThat(pending.get("status").asText()).isEqualTo("pending");
        assertThat(pending.get("source").asText()).isEqualTo(a.url("/posts/answer/"));
        assertThat(pending.get("author").asText()).isEqualTo("Ann Author");
        assertThat(pending.get("html").asText()).contains("misses a point");
        assertThat(b.thread("/posts/hello/").get("comments")).isEmpty();

        b.admin("POST", "/api/v1/admin/comments/" + pending.get("id").asLong() + "/approve");
        JsonNode shown = b.thread("/posts/hello/").get("comments").get(0);
        assertThat(shown.get("source").asText()).isEqualTo(a.url("/posts/answer/"));

        assertThat(CliOutput.of("webmention", "send", "--source", a.root.toString())).contains("Sent 0 webmentions");

        a.post("answer", "title: An answer\ndate: 2026-11-02", "On second thought, never mind.");
        a.build();
        assertThat(CliOutput.of("webmention", "send", "--source", a.root.toString())).contains("Sent 1 webmention");
        b.comments.verifyWebmentions();
        assertThat(b.thread("/posts/hello/").get("comments")).isEmpty();
        assertThat(b.admin("GET", "/api/v1/admin/comments?status=all").get("comments")).isEmpty();
    }

    @Test
    void aLikeAndARepostOnAChangeBsCounts() throws Exception {
        String target = b.url("/posts/hello/");
        a.post("liked", "title: Liked\ndate: 2026-11-03\nlike_of: " + target, "Good one.");
        a.post("reposted", "title: Reposted\ndate: 2026-11-04\nrepost_of: " + target, "Read this.");
        a.build();
        assertThat(CliOutput.of("webmention", "send", "--source", a.root.toString())).contains("Sent 2 webmentions");
        b.comments.verifyWebmentions();
        JsonNode thread = b.thread("/posts/hello/");
        assertThat(thread.get("reactions").asInt()).isEqualTo(1);
        assertThat(thread.get("shares").asInt()).isEqualTo(1);
        assertThat(thread.get("faces")).extracting(f -> f.get("kind").asText()).containsExactly("like", "repost");
        assertThat(thread.get("faces").get(0).get("name").asText()).isEqualTo("Ann Author");
        assertThat(b.admin("GET", "/api/v1/admin/stats?days=7").get("posts").get(0).get("shares").asInt()).isEqualTo(1);
    }

    /** One blog: its source folder, a static server for its built pages and a comment server. */
    static final class Blog implements AutoCloseable {
        final Path root;
        final Path output;
        final Javalin site;
        final String author;
        CommentServer comments;

        Blog(Path dir, String author) {
            this.root = dir.resolve("site");
            this.output = dir.resolve("public");
            this.author = author;
            try {
                Files.createDirectories(output);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.site = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.staticFiles.add(output.toString(), Location.EXTERNAL);
            }).start("127.0.0.1", 0);
        }

        void startComments(List<String> allowHosts) {
            ServerConfig config = ServerConfig.builder().listen("127.0.0.1", 0).database(root.getParent().resolve("comments.db").toString())
                .origins(List.of(url(""))).admin(TOKEN, null).moderation(Moderation.PRE).limits(Limits.defaults().withoutRates()).fetchAllowHosts(allowHosts).build();
            comments = CommentServer.start(config);
            write("site.yml", "title: Blog of " + author + "\nauthor: " + author + "\nbase_url: " + url("/")
                    + "\ncomments_url: " + commentsUrl() + "\n");
        }

        String url(String path) {
            return "http://127.0.0.1:" + site.port() + path;
        }

        String commentsUrl() {
            return "http://127.0.0.1:" + comments.port();
        }

        void post(String slug, String frontMatter, String body) {
            write("posts/" + slug + ".md", "---\n" + frontMatter + "\n---\n\n" + body + "\n");
        }

        void build() {
            CliOutput.of("build", "--source", root.toString(), "--output", output.toString());
        }

        void write(String path, String text) {
            try {
                Path file = root.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        JsonNode thread(String page) throws Exception {
            return call("GET", "/api/v1/comments?page=" + page, false);
        }

        JsonNode admin(String method, String path) throws Exception {
            return call(method, path, true);
        }

        private JsonNode call(String method, String path, boolean admin) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(commentsUrl() + path))
                    .method(method, HttpRequest.BodyPublishers.noBody());
            if (admin) {
                request.header("Authorization", "Bearer " + TOKEN);
            }
            String body = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
            return JSON.readTree(body);
        }

        @Override
        public void close() {
            if (comments != null) {
                comments.close();
            }
            site.stop();
        }
    }
}
