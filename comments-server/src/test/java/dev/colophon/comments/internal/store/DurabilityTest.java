package dev.colophon.comments.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Acknowledged comments survive concurrency and a killed process. */
@ParameterizedClass
@EnumSource(Backend.class)
class DurabilityTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;

    @Test
    void hundredsOfParallelPostsAreAllStoredInAConsistentTree() throws Exception {
        try (TestServer server = TestServer.open(backend, tmp, Moderation.POST)) {
            long root = server.comment("/busy/", "root", null).get("id").asLong();
            ExecutorService pool = Executors.newFixedThreadPool(32);
            List<Future<Long>> posts = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                Long parent = i % 2 == 0 ? root : null;
                int n = i;
                posts.add(pool.submit(() -> server.comment("/busy/", "comment " + n, parent).get("id").asLong()));
            }
            Set<Long> acknowledged = new HashSet<>();
            for (Future<Long> post : posts) {
                acknowledged.add(post.get());
            }
            pool.shutdown();
            assertThat(acknowledged).hasSize(400);

            JsonNode thread = server.get("/api/v1/comments?page=/busy/&limit=500").json();
            assertThat(thread.get("total").asInt()).isEqualTo(401);
            Set<Long> seen = new HashSet<>();
            thread.get("comments").forEach(c -> collect(c, null, seen));
            assertThat(seen).hasSize(401).containsAll(acknowledged);
            assertThat(thread.get("comments").get(0).get("replies")).hasSize(200);
        }
    }

    private static void collect(JsonNode comment, Long parent, Set<Long> seen) {
        assertThat(comment.get("parent").isNull() ? null : comment.get("parent").asLong()).isEqualTo(parent);
        seen.add(comment.get("id").asLong());
        comment.get("replies").forEach(reply -> collect(reply, comment.get("id").asLong(), seen));
    }

    @Test
    void aGracefulStopDuringPostsKeepsEveryAcknowledgedComment() throws Exception {
        String db = backend.newDatabase(tmp, "graceful");
        TestServer server = new TestServer(db, Moderation.POST, Limits.defaults().withoutRates());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Long>> posts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int n = i;
            posts.add(pool.submit(() -> {
                TestServer.Response response = server.post("/api/v1/comments", Map.of("page", "/stop/", "body", "c" + n));
                return response.status() == 201 ? response.json().get("id").asLong() : -1L;
            }));
        }
        // let some posts through, then stop while others are in flight
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (server.get("/api/v1/comments?page=/stop/&limit=1").json().get("total").asInt() < 20
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        server.close();
        Set<Long> acknowledged = new HashSet<>();
        for (Future<Long> post : posts) {
            try {
                long id = post.get();
                if (id > 0) {
                    acknowledged.add(id);
                }
            } catch (java.util.concurrent.ExecutionException refused) {
                // the connection was refused or cut: not acknowledged, so not promised
            }
        }
        pool.shutdown();
        assertThat(acknowledged).isNotEmpty();
        try (TestServer reopened = new TestServer(db, Moderation.POST, Limits.defaults().withoutRates())) {
            JsonNode thread = reopened.get("/api/v1/comments?page=/stop/&limit=500").json();
            Set<Long> stored = new HashSet<>();
            thread.get("comments").forEach(c -> stored.add(c.get("id").asLong()));
            assertThat(stored).containsAll(acknowledged);
        }
    }

    @Test
    void acknowledgedCommentsSurviveAKilledProcess() throws Exception {
        String db = backend.newDatabase(tmp, "killed");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.colophon.comments.cli.CommentsCommand", "serve",
                "--port", "0", "--db", db, "--moderation", "post", "--origins", TestServer.ORIGIN)
                .redirectErrorStream(true);
        builder.environment().put("COLOPHON_ADMIN_TOKEN", TestServer.TOKEN);
        builder.environment().put("COLOPHON_POSTS_PER_MINUTE", "0");
        Process process = builder.start();
        process.getOutputStream().close();
        try {
            int port = awaitPort(process);
            var client = java.net.http.HttpClient.newHttpClient();
            List<Long> acknowledged = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/comments"))
                        .header("Content-Type", "application/json")
                        .POST(TestServer.publisher(Map.of("page", "/kill/", "body", "survivor " + i))).build();
                var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(201);
                acknowledged.add(TestServer.JSON.readTree(response.body()).get("id").asLong());
            }
            process.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
        } finally {
            process.destroyForcibly();
        }
        try (TestServer reopened = new TestServer(db, Moderation.POST, Limits.defaults().withoutRates())) {
            JsonNode thread = reopened.get("/api/v1/comments?page=/kill/").json();
            assertThat(thread.get("total").asInt()).isEqualTo(50);
        }
    }

    private static int awaitPort(Process process) throws Exception {
        Pattern started = Pattern.compile("Comment server on http://127\\.0\\.0\\.1:(\\d+)");
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher m = started.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("server did not start:\n" + seen);
    }
}
