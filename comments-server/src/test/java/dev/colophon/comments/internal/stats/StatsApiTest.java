package dev.colophon.comments.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.StatsConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class StatsApiTest {
    @Parameter
    Backend backend;

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    @TempDir
    Path tmp;
    TestServer server;
    String database;

    /** Starts a server; a second start in one test opens the same database again. */
    TestServer start(StatsConfig stats) {
        if (database == null) {
            database = backend.newDatabase(tmp, "stats");
        }
        server = new TestServer(database, Moderation.POST, Limits.defaults().withoutRates(), stats);
        return server;
    }

    TestServer start() {
        return start(new StatsConfig(Duration.ofHours(1), false, 0)); // flushed by the tests themselves
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    TestServer.Response beacon(String page, String userAgent, String... extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("page", page));
        for (int i = 0; i < extra.length; i += 2) {
            body.put(extra[i], extra[i + 1]);
        }
        return server.post("/api/v1/views", body, "Origin", TestServer.ORIGIN, "User-Agent", userAgent);
    }

    long views(String page) {
        return server.get("/api/v1/stats?page=" + page).json().get("stats").get(page).get("views").asLong();
    }

    JsonNode summary(int days) {
        return server.get("/api/v1/admin/stats?days=" + days, server.admin()).json();
    }

    @Test
    void concurrentBeaconsAreCountedExactly() throws Exception {
        start();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int n = i;
            sent.add(pool.submit(() -> beacon("/posts/hot/", BROWSER + " " + (n % 50)).status()));
        }
        for (Future<Integer> status : sent) {
            assertThat(status.get()).isEqualTo(204);
        }
        pool.shutdown();
        assertThat(views("/posts/hot/")).isEqualTo(500); // counted in memory, before any write
        server.server.flushViews();
        assertThat(views("/posts/hot/")).isEqualTo(500);
        JsonNode summary = summary(7);
        assertThat(summary.get("views").asLong()).isEqualTo(500);
        assertThat(summary.get("visitors").asLong()).isEqualTo(50);
        assertThat(summary.get("posts").get(0).get("visitors").asLong()).isEqualTo(50);
    }

    @Test
    void uniqueVisitorsAreCountedPerDayAcrossSaltRotation() {
        start();
        beacon("/a/", BROWSER);
        beacon("/a/", BROWSER);
        beacon("/b/", BROWSER);
        server.server.flushViews();
        server.clock.advance(Duration.ofDays(1));
        beacon("/a/", BROWSER);
        server.server.flushViews();
        JsonNode summary = summary(7);
        assertThat(summary.get("views").asLong()).isEqualTo(4);
        assertThat(summary.get("visitors").asLong()).isEqualTo(2); // one a day, for the site
        JsonNode a = summary.get("posts").get(0);
        assertThat(a.get("page").asText()).isEqualTo("/a/");
        assertThat(a.get("views").asLong()).isEqualTo(3);
        assertThat(a.get("visitors").asLong()).isEqualTo(2);
        int salts = server.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM salts").mapTo(Integer.class).one());
        assertThat(salts).isEqualTo(1); // yesterday's salt is gone: its hashes can no longer be recomputed
    }

    @Test
    void theSummaryComparesEachTotalWithThePeriodBefore() {
        start();
        for (int v = 0; v < 3; v++) {
            beacon("/a/", BROWSER + " v" + v);
        }
        server.server.flushViews();
        server.clock.advance(Duration.ofDays(7));
        beacon("/a/", BROWSER);
        server.server.flushViews();
        JsonNode summary = summary(7);
        assertThat(summary.get("views").asLong()).isEqualTo(1);
        assertThat(summary.get("previous").get("views").asLong()).isEqualTo(3);
        assertThat(summary.get("previous").get("visitors").asLong()).isEqualTo(3);
    }

    @Test
    void aGracefulStopWritesEveryCountedView() {
        start();
        for (int i = 0; i < 25; i++) {
            beacon("/kept/", BROWSER);
        }
        server.close();
        server = start();
        assertThat(views("/kept/")).isEqualTo(25);
    }

    @Test
    void botsAndOptedOutBrowsersAreNotCounted() {
        start(new StatsConfig(Duration.ofHours(1), true, 0));
        for (String bot : List.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0 Safari/537.36",
                "curl/8.5.0", "")) {
            assertThat(beacon("/p/", bot).status()).isEqualTo(204);
        }
        server.post("/api/v1/views", Map.of("page", "/p/"), "Origin", TestServer.ORIGIN, "User-Agent", BROWSER, "DNT", "1");
        server.post("/api/v1/views", Map.of("page", "/p/"), "Origin", TestServer.ORIGIN, "User-Agent", BROWSER, "Sec-GPC", "1");
        beacon("/p/", BROWSER);
        assertThat(views("/p/")).isEqualTo(1);
    }

    @Test
    void badBeaconsAreRejectedAndNotStored() {
        start(new StatsConfig(Duration.ofHours(1), false, 3));
        assertThat(server.post("/api/v1/views", Map.of("page", "/p/"), "User-Agent", BROWSER).status()).isEqualTo(403);
        assertThat(server.post("/api/v1/views", "not json", "Origin", TestServer.ORIGIN, "User-Agent", BROWSER).status()).isEqualTo(400);
        assertThat(beacon("no-slash", BROWSER).status()).isEqualTo(400);
        assertThat(beacon("/p/", BROWSER, "site", "bad site!").status()).isEqualTo(400);
        assertThat(beacon("/p/", BROWSER).status()).isEqualTo(429); // three a minute, and three were sent
        assertThat(views("/p/")).isZero();
    }

    @Test
    void referrersAreDomainsAndUtmSourcesAndInternalVisitsAreDirect() {
        start();
        beacon("/p/", BROWSER, "referrer", "https://www.news.example/item?id=1");
        beacon("/p/", BROWSER, "referrer", "https://news.example/other");
        beacon("/p/", BROWSER, "utm", "Newsletter");
        beacon("/p/", BROWSER, "referrer", TestServer.ORIGIN + "/posts/other/");
        server.server.flushViews();
        JsonNode referrers = summary(7).get("referrers");
        assertThat(referrers).hasSize(2);
        assertThat(referrers.get(0).get("referrer").asText()).isEqualTo("news.example");
        assertThat(referrers.get(0).get("views").asLong()).isEqualTo(2);
        assertThat(referrers.get(1).get("referrer").asText()).isEqualTo("newsletter");
    }

    @Test
    void pagesShowViewsCommentsAndReactionsAndThePostTableExportsAsCsv() {
        start();
        beacon("/p/", BROWSER);
        server.comment("/p/", "a comment", null);
        server.post("/api/v1/reactions", Map.of("page", "/p/"));
        JsonNode p = server.get("/api/v1/stats?page=/p/&page=/none/").json().get("stats");
        assertThat(p.get("/p/").get("views").asLong()).isEqualTo(1);
        assertThat(p.get("/p/").get("comments").asLong()).isEqualTo(1);
        assertThat(p.get("/p/").get("reactions").asLong()).isEqualTo(1);
        assertThat(p.get("/none/").get("views").asLong()).isZero();
        server.server.flushViews();
        var csv = server.get("/api/v1/admin/stats/posts.csv?days=30", server.admin());
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text()).startsWith("page,views,visitors,comments,reactions,last_comment,shares,title\n\"/p/\",1,1,1,1,2026-11-25T12:00:00Z,0,\n");
        assertThat(server.get("/api/v1/admin/stats?days=30").status()).isEqualTo(401);
        assertThat(server.get("/api/v1/admin/stats?days=12", server.admin()).status()).isEqualTo(400);
    }

    @Test
    void periodTotalsAddUpWholeWeeksAndEdgeDaysExactly() {
        start();
        for (int day = 0; day < 40; day++) {
            if (day > 0) {
                server.clock.advance(Duration.ofDays(1));
            }
            for (int v = 0; v <= day % 3; v++) {
                beacon("/w/", BROWSER + " v" + v);
            }
            server.server.flushViews();
        }
        // views per day cycle 1, 2, 3; the last day is day 39 (39 % 3 == 0: 1 view)
        for (int days : new int[] {7, 30}) {
            long expected = 0;
            for (int day = 40 - days; day < 40; day++) {
                expected += day % 3 + 1;
            }
            JsonNode row = summary(days).get("posts").get(0);
            assertThat(row.get("views").asLong()).as("%d days", days).isEqualTo(expected);
            assertThat(row.get("visitors").asLong()).as("%d days", days).isEqualTo(expected);
        }
    }

    @Test
    void aYearIsSummedByMonth() {
        start();
        beacon("/p/", BROWSER);
        server.server.flushViews();
        JsonNode year = summary(365);
        assertThat(year.get("granularity").asText()).isEqualTo("month");
        assertThat(year.get("series")).hasSize(12);
        assertThat(year.get("views").asLong()).isEqualTo(1);
    }
}
