package dev.colophon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.comments.CommentServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {
    static final String TOKEN = "publish-test-token-0123456789";

    @TempDir
    Path tmp;

    @Test
    void publishSendsTheBuiltFeedSoThePostsJoinTheOutboxAndStatsShowTheFediverse() throws Exception {
        ServerConfig config = ServerConfig.builder().listen("127.0.0.1", 0).database(tmp.resolve("c.db").toString())
                .origins(List.of("https://blog.example")).admin(TOKEN, null).moderation(Moderation.POST).limits(Limits.defaults().withoutRates()).build();
        Path site = tmp.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
        assertThat(Main.run("build", "--source", site.toString())).isZero();
        try (CommentServer server = CommentServer.start(config)) {
            String url = "http://127.0.0.1:" + server.port();
            String output = CliOutput.of("publish", "--source", site.toString(), "--server", url, "--token", TOKEN);
            assertThat(output).containsPattern("Published [1-9]\\d* posts to " + url);

            HttpRequest outbox = HttpRequest.newBuilder(URI.create(url + "/ap/outbox?page=1"))
                    .header("Accept", "application/activity+json").build();
            JsonNode page = new ObjectMapper().readTree(HttpClient.newHttpClient()
                    .send(outbox, HttpResponse.BodyHandlers.ofString()).body());
            assertThat(page.get("orderedItems").get(0).get("object").get("type").asText()).isEqualTo("Article");

            assertThat(CliOutput.of("stats", "--server", url, "--token", TOKEN))
                    .contains("Fediverse @blog@blog.example: followers 0 · boosts 0 · likes 0 · replies 0");
        }
    }

    @Test
    void publishWithoutABuiltSiteSaysToBuildFirst() {
        assertThat(Main.run("publish", "--source", tmp.toString(), "--server", "http://127.0.0.1:9", "--token", TOKEN)).isEqualTo(1);
    }
}
