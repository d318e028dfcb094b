package dev.colophon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.CommentServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import dev.colophon.comments.config.StatsConfig;
import dev.colophon.e2e.CommentsDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    static final String TOKEN = "stats-test-token-0123456789";
    static final String AGENT = "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36";

    @TempDir
    Path tmp;

    @Test
    void printsTotalsASparklineAndTheTopPosts() throws Exception {
        ServerConfig config = ServerConfig.builder().listen("127.0.0.1", 0).database(tmp.resolve("c.db").toString())
                .origins(List.of("https://blog.example")).admin(TOKEN, null).moderation(Moderation.POST).limits(Limits.defaults().withoutRates())
                .stats(new StatsConfig(Duration.ofSeconds(5), false, 120)).build(); // every page counts: blog.example is never asked for a sitemap
        try (CommentServer server = CommentServer.start(config)) {
            String url = "http://127.0.0.1:" + server.port();
            for (String page : List.of("/posts/a/", "/posts/a/", "/posts/a/", "/posts/b/")) {
                HttpRequest beacon = HttpRequest.newBuilder(URI.create(url + "/api/v1/views"))
                        .header("Origin", "https://blog.example").header("User-Agent", AGENT)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"page\":\"" + page + "\"}")).build();
                assertThat(HttpClient.newHttpClient().send(beacon, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(204);
            }
            server.flushViews();
            for (int i = 0; i < 2; i++) {
                HttpRequest share = HttpRequest.newBuilder(URI.create(url + "/api/v1/shares")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"page\":\"/posts/b/\",\"channel\":\"copy\"}")).build();
                assertThat(HttpClient.newHttpClient().send(share, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            }

            String output = run("stats", "--server", url, "--token", TOKEN, "--since", "7d");
            assertThat(output).contains("Views 4 · visitors 1 · comments 0 · reactions 0 · shares 2");
            assertThat(output).containsPattern("▁+█  views per day");
            assertThat(output).containsPattern("/posts/a/\\s+3\\s+1\\s+0\\s+0\\s+0");
            assertThat(output).containsPattern("/posts/b/\\s+1\\s+1\\s+0\\s+0\\s+2");
            assertThat(output.indexOf("/posts/a/")).isLessThan(output.indexOf("/posts/b/"));
            assertThat(output).contains("Stats for the last 7 days from " + url);

            assertThat(run("stats", "--server", url, "--token", TOKEN, "--post", "/posts/b/"))
                    .contains("/posts/b/: views 1 · visitors 1").contains("reactions 0 · shares 2")
                    .containsPattern("▁+█  shares per day");
        }
    }

    @Test
    void wrongTokenAndBadPeriodAreClearErrors() {
        assertThat(Main.run("stats", "--server", "http://127.0.0.1:9", "--token", "x", "--since", "2w")).isEqualTo(1);
    }

    private static String run(String... args) {
        return CliOutput.of(args);
    }

    @Test
    void showsTheFediverseFollowersBoostsAndLikes() throws Exception {
        ServerConfig config = ServerConfig.builder().listen("127.0.0.1", 0).database(tmp.resolve("f.db").toString())
                .origins(List.of("https://blog.example")).admin(TOKEN, null).moderation(Moderation.POST).limits(Limits.defaults().withoutRates()).build();
        try (CommentServer server = CommentServer.start(config)) {
            String url = "http://127.0.0.1:" + server.port();
            // the rows the inbox writes for two Follows, three Likes and a boost (InboxFixturesTest sends the real activities)
            for (String name : List.of("alice", "bob")) {
                CommentsDatabase.update(tmp.resolve("f.db"),
                        "INSERT INTO ap_followers (actor, inbox, shared_inbox, handle, created_at) VALUES (?, ?, ?, ?, 0)",
                        "https://social.example/users/" + name, "https://social.example/users/" + name + "/inbox",
                        "https://social.example/inbox", "@" + name + "@social.example");
            }
            String[][] reactions = {{"like", "alice", "/posts/a/"}, {"like", "bob", "/posts/a/"}, {"like", "alice", "/posts/b/"},
                    {"announce", "bob", "/posts/a/"}};
            for (String[] r : reactions) {
                CommentsDatabase.update(tmp.resolve("f.db"),
                        "INSERT INTO ap_reactions (activity, kind, actor, site, page, created_at) VALUES (?, ?, ?, ?, ?, 0)",
                        "https://social.example/" + r[0] + "/" + r[1] + r[2], r[0], "https://social.example/users/" + r[1],
                        "https://blog.example", r[2]);
            }

            assertThat(run("stats", "--server", url, "--token", TOKEN))
                    .contains("Fediverse @blog@blog.example: followers 2 · boosts 1 · likes 3 · replies 0");
        }
    }
}
