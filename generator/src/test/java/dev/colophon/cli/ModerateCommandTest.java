package dev.colophon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.comments.CommentServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import dev.colophon.e2e.CommentsDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colophon moderate} against a real comment server under pre-moderation. */
class ModerateCommandTest {
    static final String TOKEN = "moderate-test-token-0123456789";

    @TempDir
    Path tmp;
    CommentServer server;
    String url;

    @BeforeEach
    void start() {
        ServerConfig config = ServerConfig.builder().listen("127.0.0.1", 0).database(tmp.resolve("c.db").toString())
                .origins(List.of("https://blog.example")).admin(TOKEN, null).moderation(Moderation.PRE).limits(Limits.defaults().withoutRates()).build();
        server = CommentServer.start(config);
        url = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listsWhatAwaitsModerationThenActsOnIt() throws Exception {
        long first = post("{\"page\":\"/posts/a/\",\"body\":\"First   *thoughts*\\n\\non two lines\",\"author\":\"Ann\",\"email\":\"ann@example.com\"}");
        long spam = post("{\"page\":\"/posts/b/\",\"body\":\"Buy now\",\"author\":\"Spammer\",\"email\":\"spam@example.com\"}");

        String pending = run("moderate", "--server", url, "--token", TOKEN);
        assertThat(pending).contains("#" + first + " pending · /posts/a/ · Ann <ann@example.com> · 20")
                .contains("    First *thoughts* on two lines")
                .contains("#" + spam + " pending · /posts/b/ · Spammer <spam@example.com>")
                .contains("2 pending comments on " + url);
        assertThat(run("moderate", "--server", url, "--token", TOKEN, "--page", "/posts/b/")).contains("1 pending comment on")
                .doesNotContain("/posts/a/");

        assertThat(run("moderate", "approve", String.valueOf(first), "--server", url, "--token", TOKEN))
                .isEqualTo("Approved comment " + first + " on " + url + System.lineSeparator());
        assertThat(thread("/posts/a/").get("total").asInt()).isEqualTo(1);
        assertThat(run("moderate", "block", String.valueOf(spam), "--server", url, "--token", TOKEN)).startsWith("Blocked the authors of comment " + spam);
        assertThat(run("moderate", "--status", "spam", "--server", url, "--token", TOKEN)).contains("#" + spam + " spam");
        long again = post("{\"page\":\"/posts/b/\",\"body\":\"Again\",\"email\":\"spam@example.com\"}");
        assertThat(run("moderate", "--status", "spam", "--server", url, "--token", TOKEN)).contains("#" + again + " spam")
                .contains("why: +10.0 blocked: the author is on the block list");

        run("moderate", "delete", String.valueOf(first), "--server", url, "--token", TOKEN);
        assertThat(thread("/posts/a/").get("total").asInt()).isZero();
        assertThat(run("moderate", "--status", "all", "--server", url, "--token", TOKEN)).contains("2 comments on");
    }

    @Test
    void theSpamFolderShowsScoresAndReasonsAndBulkActionsTeachTheFilter() throws Exception {
        long a = post("{\"page\":\"/p/\",\"body\":\"Quorvex tablets, quorvex offers\",\"elapsed\":500}");
        long b = post("{\"page\":\"/q/\",\"body\":\"Cheapest quorvex tablets here\"}");
        String listing = run("moderate", "--server", url, "--token", TOKEN);
        assertThat(listing).containsPattern("#" + a + " pending .* · spam score 0\\.\\d\\d")
                .contains("why: +1.2 speed: sent 0.5 s after the page loaded");
        assertThat(run("moderate", "spam", "--all", "--server", url, "--token", TOKEN))
                .startsWith("Marked as spam comments " + b + ", " + a + " on " + url);
        long c = post("{\"page\":\"/r/\",\"body\":\"quorvex tablets\"}");
        assertThat(run("moderate", "--status", "spam", "--server", url, "--token", TOKEN))
                .contains("#" + a + " spam").contains("#" + b + " spam").contains("#" + c + " spam").contains("3 spam comments");
        assertThat(run("moderate", "not-spam", String.valueOf(c), "--server", url, "--token", TOKEN))
                .startsWith("Marked as not spam and published comment " + c);
        assertThat(thread("/r/").get("total").asInt()).isOne();
        assertThat(run("moderate", "delete", "--status", "spam", "--all", "--server", url, "--token", TOKEN)).startsWith("Deleted comments");
        assertThat(run("moderate", "--status", "spam", "--server", url, "--token", TOKEN)).contains("0 spam comments");
    }

    @Test
    void aReplyFromTheFediverseIsMarkedWithItsAuthorsHandleInsteadOfAnEmail() throws Exception {
        long local = post("{\"page\":\"/posts/a/\",\"body\":\"From the widget\",\"author\":\"Ann\",\"email\":\"ann@example.com\"}");
        long remote = post("{\"page\":\"/posts/a/\",\"body\":\"Nice post!\",\"author\":\"Alice\"}");
        // what the inbox stores for a Note (InboxFixturesTest takes real payloads there): its id, actor and handle
        CommentsDatabase.update(tmp.resolve("c.db"), "UPDATE comments SET ap_id = ?, ap_actor = ?, handle = ? WHERE id = ?",
                "https://social.example/users/alice/statuses/1", "https://social.example/users/alice", "@alice@social.example", remote);

        String pending = run("moderate", "--server", url, "--token", TOKEN);

        assertThat(pending).contains("#" + remote + " pending · /posts/a/ · Alice (@alice@social.example, fediverse) · 20")
                .contains("    Nice post!")
                .contains("#" + local + " pending · /posts/a/ · Ann <ann@example.com> · 20");
        assertThat(pending.lines().filter(line -> line.contains("fediverse"))).hasSize(1);
    }

    @Test
    void mistakesAreOneLineErrorsAndAFailure() {
        assertThat(Main.run("moderate", "approve", "999", "--server", url, "--token", TOKEN)).isEqualTo(1); // no such comment
        assertThat(Main.run("moderate", "approve", "--server", url, "--token", TOKEN)).isEqualTo(1); // no id
        assertThat(Main.run("moderate", "publish", "1", "--server", url, "--token", TOKEN)).isEqualTo(1);
        assertThat(Main.run("moderate", "--server", url, "--token", "wrong-token-0123456789")).isEqualTo(1);
        assertThat(Main.run("moderate", "--server", "http://127.0.0.1:9", "--token", TOKEN)).isEqualTo(1);
    }

    private long post(String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/api/v1/comments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 201 ? new ObjectMapper().readTree(response.body()).get("id").asLong() : -response.statusCode();
    }

    private JsonNode thread(String page) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/api/v1/comments?page=" + page))
                .build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body());
    }

    private static String run(String... args) {
        return CliOutput.of(args);
    }
}
