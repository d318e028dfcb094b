package dev.colophon.comments.internal.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share actions are counted per page and day and shown beside views, comments and likes. */
class ShareApiTest {
    @TempDir
    Path dir;
    TestServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void eachShareActionCountsInTheThreadThePageStatsAndTheDashboardPerDay() {
        server = TestServer.open(dir, Moderation.POST);
        assertThat(server.post("/api/v1/shares", Map.of("page", "/p/", "channel", "copy")).json().get("shares").asInt())
                .isEqualTo(1);
        server.clock.advance(Duration.ofDays(1));
        server.post("/api/v1/shares", Map.of("page", "/p/", "channel", "mastodon"));
        server.post("/api/v1/shares", Map.of("page", "/p/", "channel", "native"));

        assertThat(server.get("/api/v1/comments?page=/p/").json().get("shares").asInt()).isEqualTo(3);
        assertThat(server.get("/api/v1/stats?page=/p/").json().get("stats").get("/p/").get("shares").asInt()).isEqualTo(3);
        JsonNode summary = server.get("/api/v1/admin/stats?days=7", server.admin()).json();
        assertThat(summary.get("shares").asInt()).isEqualTo(3);
        assertThat(summary.get("posts").get(0).get("page").asText()).isEqualTo("/p/");
        assertThat(summary.get("posts").get(0).get("shares").asInt()).isEqualTo(3);
        JsonNode series = summary.get("series");
        assertThat(series.get(series.size() - 1).get("shares").asInt()).isEqualTo(2);
        assertThat(series.get(series.size() - 2).get("shares").asInt()).isEqualTo(1);
        JsonNode page = server.get("/api/v1/admin/stats/page?days=7&page=/p/", server.admin()).json().get("series");
        assertThat(page.get(page.size() - 1).get("shares").asInt()).isEqualTo(2);
        assertThat(server.get("/api/v1/admin/stats/posts.csv?days=7", server.admin()).text()).contains("\"/p/\",0,0,0,0,,3,\n"); // shares, then the (unknown) title
    }

    @Test
    void aShareOfAnUnknownChannelOrWithoutAPageIsABadRequest() {
        server = TestServer.open(dir, Moderation.POST);
        assertThat(server.post("/api/v1/shares", Map.of("page", "/p/", "channel", "tracker")).status()).isEqualTo(400);
        assertThat(server.post("/api/v1/shares", Map.of("channel", "copy")).status()).isEqualTo(400);
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("shares").asInt()).isZero();
    }
}
