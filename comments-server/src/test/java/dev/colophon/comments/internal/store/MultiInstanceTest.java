package dev.colophon.comments.internal.store;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two stateless server instances on one PostgreSQL database behave as one server. */
class MultiInstanceTest {
    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    @TempDir
    Path tmp;
    String database;
    TestServer a;
    TestServer b;

    @BeforeEach
    void startTwoInstances() throws Exception {
        database = Backend.POSTGRES.newDatabase(tmp, "shared");
        StatsConfig stats = new StatsConfig(Duration.ofHours(1), false, 0); // flushed by the tests
        // started together: both migrate and make their secrets at once, and must agree
        ExecutorService starting = Executors.newFixedThreadPool(2);
        Future<TestServer> first = starting.submit(() -> new TestServer(database, Moderation.PRE, Limits.defaults().withoutRates(), stats));
        Future<TestServer> second = starting.submit(() -> new TestServer(database, Moderation.PRE, Limits.defaults().withoutRates(), stats));
        a = first.get();
        b = second.get();
        starting.shutdown();
    }

    @AfterEach
    void stop() {
        for (TestServer instance : new TestServer[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void aCommentPostedOnOneIsModeratedAndReadOnTheOther() {
        JsonNode posted = a.comment("/p/", "from a", null);
        long id = posted.get("id").asLong();
        assertThat(b.get("/api/v1/comments/" + id, "X-Edit-Token", posted.get("token").asText()).status()).isEqualTo(200);

        var login = b.post("/api/v1/admin/login", Map.of("password", TestServer.PASSWORD));
        String cookie = login.header("Set-Cookie").split(";", 2)[0];
        String csrf = login.json().get("csrf").asText();
        // the session made on b is known to a
        assertThat(a.post("/api/v1/admin/comments/" + id + "/approve", "", "Cookie", cookie, "X-CSRF-Token", csrf).status())
                .isEqualTo(200);
        assertThat(b.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aThreadKeptByOneInstanceFollowsEveryChangeMadeOnTheOther() {
        long id = a.comment("/kept/", "first", null).get("id").asLong();
        a.post("/api/v1/admin/comments/" + id + "/approve", "", a.admin());
        assertThat(b.get("/api/v1/comments?page=/kept/").json().get("total").asInt()).isEqualTo(1); // b keeps it now

        a.post("/api/v1/comments/" + id + "/like", "", "User-Agent", "Alice Browser");
        assertThat(b.get("/api/v1/comments?page=/kept/").json().get("comments").get(0).get("likes").asInt()).isEqualTo(1);
        a.put("/api/v1/admin/comments/" + id, Map.of("body", "edited on a"), a.admin());
        assertThat(b.get("/api/v1/comments?page=/kept/").json().get("comments").get(0).get("html").asText()).contains("edited on a");
        a.post("/api/v1/reactions", Map.of("page", "/kept/"), "Origin", TestServer.ORIGIN, "User-Agent", "Alice Browser");
        assertThat(b.get("/api/v1/comments?page=/kept/").json().get("reactions").asInt()).isEqualTo(1);
        long reply = a.comment("/kept/", "a reply", id).get("id").asLong();
        a.post("/api/v1/admin/comments/" + reply + "/approve", "", a.admin());
        assertThat(b.get("/api/v1/comments?page=/kept/").json().get("total").asInt()).isEqualTo(2);
        a.delete("/api/v1/admin/comments/" + reply, a.admin());
        assertThat(b.get("/api/v1/comments?page=/kept/").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void concurrentPostsOnBothAreAllStoredInOneTree() throws Exception {
        long root = a.comment("/busy/", "root", null).get("id").asLong();
        a.post("/api/v1/admin/comments/" + root + "/approve", "", a.admin());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Long>> posts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            TestServer instance = i % 2 == 0 ? a : b;
            Long parent = i % 3 == 0 ? root : null;
            int n = i;
            posts.add(pool.submit(() -> instance.comment("/busy/", "comment " + n, parent).get("id").asLong()));
        }
        Set<Long> acknowledged = new HashSet<>();
        for (Future<Long> post : posts) {
            acknowledged.add(post.get());
        }
        pool.shutdown();
        assertThat(acknowledged).hasSize(300);

        JsonNode pending = b.get("/api/v1/admin/comments?status=pending&limit=500", b.admin()).json().get("comments");
        assertThat(pending).hasSize(300);
        assertThat(pending.findValuesAsText("parentId").stream().filter(p -> p.equals(String.valueOf(root)))).hasSize(100);
    }

    @Test
    void likesViewsAndVisitorsAreCountedOnceAcrossInstances() throws Exception {
        long id = a.comment("/p/", "likeable", null).get("id").asLong();
        a.post("/api/v1/admin/comments/" + id + "/approve", "", a.admin());
        String[] alice = {"User-Agent", "Alice Browser"};
        assertThat(a.post("/api/v1/comments/" + id + "/like", "", alice).json().get("likes").asInt()).isEqualTo(1);
        assertThat(b.post("/api/v1/comments/" + id + "/like", "", alice).json().get("likes").asInt()).isEqualTo(1);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            TestServer instance = i % 2 == 0 ? a : b;
            String page = i % 4 < 2 ? "/one/" : "/two/";
            int visitor = i % 20;
            sent.add(pool.submit(() -> instance.post("/api/v1/views", Map.of("page", page), "Origin", TestServer.ORIGIN,
                    "User-Agent", BROWSER + " " + visitor).status()));
        }
        for (Future<Integer> status : sent) {
            assertThat(status.get()).isEqualTo(204);
        }
        pool.shutdown();
        // both write at once, each with the site-wide row: no deadlock, no lost count
        Future<?> flushA = Executors.newSingleThreadExecutor().submit(a.server::flushViews);
        b.server.flushViews();
        flushA.get();

        JsonNode summary = b.get("/api/v1/admin/stats?days=7", b.admin()).json();
        assertThat(summary.get("views").asLong()).isEqualTo(200);
        assertThat(summary.get("visitors").asLong()).isEqualTo(20); // a visitor seen by both instances counts once
        JsonNode stats = a.get("/api/v1/stats?page=/one/").json().get("stats").get("/one/");
        assertThat(stats.get("views").asLong()).isEqualTo(100);
    }

    @Test
    void aWriteChosenAsADeadlockVictimRunsAgainAndSucceeds() throws Exception {
        try (Database one = Database.open(database); Database two = Database.open(database)) {
            one.execute(h -> h.execute("INSERT INTO settings (name, value) VALUES ('x', ''), ('y', '')"));
            CountDownLatch bothHoldOneRow = new CountDownLatch(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<String> first = pool.submit(() -> one.write(h -> crossUpdate(h, "x", "y", "1", bothHoldOneRow)));
            Future<String> second = pool.submit(() -> two.write(h -> crossUpdate(h, "y", "x", "2", bothHoldOneRow)));
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("1");
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("2");
            pool.shutdown();
            // each write took effect exactly once: the victim's first try was rolled back
            List<String> values = one.jdbi().withHandle(h -> h.createQuery("SELECT value FROM settings WHERE name IN ('x', 'y')")
                    .mapTo(String.class).list());
            assertThat(values).allSatisfy(value -> assertThat(value).hasSize(2).contains("1").contains("2"));
        }
    }

    /** Locks one row, waits until the other writer holds the other, then asks for it: a deadlock. */
    private static String crossUpdate(Handle handle, String mine, String theirs, String mark, CountDownLatch bothHoldOneRow) {
        handle.execute("UPDATE settings SET value = value || ? WHERE name = ?", mark, mine);
        bothHoldOneRow.countDown();
        try {
            bothHoldOneRow.await(10, TimeUnit.SECONDS); // open at once on the second try
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        handle.execute("UPDATE settings SET value = value || ? WHERE name = ?", mark, theirs);
        return mark;
    }
}
