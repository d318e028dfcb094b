import com.sun.net.httpserver.HttpServer;
import dev.colophon.comments.CommentServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivery of one post to 10,000 followers on 1,000 remote inboxes (a loopback fake: 100 servers on
 * 127.0.1.1-127.0.1.100, ten shared inboxes each), while readers read a 100-comment thread and a writer
 * posts comments; prints the delivery time and the read and post latencies before and during it.
 *   java -cp generator/target/colophon.jar bench/FederationBench.java [FOLLOWERS] [INBOXES]
 */
public class FederationBench {
    static final String TOKEN = "bench-token-0123456789";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } finally {
            System.exit(0); // a stuck request must not keep the benchmark (and the heavy lock) alive
        }
    }

    static void run(String[] args) throws Exception {
        int followers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int inboxes = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int hosts = Math.min(100, inboxes);
        Path work = Files.createTempDirectory("federation-bench");
        AtomicInteger received = new AtomicInteger();
        AtomicInteger signed = new AtomicInteger();
        ExecutorService fakePool = Executors.newFixedThreadPool(16);
        List<HttpServer> fakes = new ArrayList<>();
        List<String> allow = new ArrayList<>();
        for (int h = 1; h <= hosts; h++) {
            HttpServer fake = HttpServer.create(new InetSocketAddress("127.0.1." + h, 0), 256);
            fake.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                if (exchange.getRequestHeaders().getFirst("Signature") != null) {
                    signed.incrementAndGet();
                }
                received.incrementAndGet();
                exchange.sendResponseHeaders(202, -1);
                exchange.close();
            });
            fake.setExecutor(fakePool);
            fake.start();
            fakes.add(fake);
            allow.add("127.0.1." + h);
        }

        String db = work.resolve("bench.db").toString();
        ServerConfig config = ServerConfig.builder().listen("127.0.0.1", 0).database(db)
                .origins(List.of("https://blog.example")).admin(TOKEN, null).moderation(Moderation.POST).limits(Limits.defaults().withoutRates()).fetchAllowHosts(allow).build();
        try (CommentServer server = CommentServer.start(config)) {
            String base = "http://127.0.0.1:" + server.port();
            long seeded = System.nanoTime();
            // the rows the inbox writes for each Follow, written beside the server as any SQL client would
            var source = new org.sqlite.SQLiteDataSource();
            source.setUrl("jdbc:sqlite:" + db);
            try (var connection = source.getConnection()) {
                connection.createStatement().execute("PRAGMA busy_timeout = 10000");
                connection.setAutoCommit(false);
                var batch = connection.prepareStatement("INSERT INTO ap_followers (actor, inbox, shared_inbox, handle, created_at) VALUES (?, ?, ?, ?, 0)");
                for (int i = 0; i < followers; i++) {
                    int box = i % inboxes;
                    String server0 = "http://" + fakes.get(box % hosts).getAddress().getHostString() + ":"
                            + fakes.get(box % hosts).getAddress().getPort() + "/s" + box;
                    batch.setString(1, server0 + "/users/u" + i);
                    batch.setString(2, server0 + "/users/u" + i + "/inbox");
                    batch.setString(3, server0 + "/inbox");
                    batch.setString(4, "@u" + i + "@s" + box);
                    batch.addBatch();
                }
                batch.executeBatch();
                connection.commit();
            }
            System.out.printf("seeded %,d followers on %,d inboxes (%d hosts) in %d ms%n", followers, inboxes, hosts,
                    (System.nanoTime() - seeded) / 1_000_000);
            for (int i = 0; i < 100; i++) {
                post(base, "/bench/read/", "Comment " + i + " with **Markdown** and a [link](https://example.com).");
            }

            List<Long> before = readFor(base, Duration.ofSeconds(10), 4, null);
            System.out.println("thread reads, idle:            " + summary(before));

            AtomicBoolean delivering = new AtomicBoolean(true);
            List<Long> postLatencies = Collections.synchronizedList(new ArrayList<>());
            Thread writer = new Thread(() -> {
                int n = 0;
                while (delivering.get()) {
                    long t = System.nanoTime();
                    post(base, "/bench/post/", "A comment posted during delivery, number " + n++);
                    postLatencies.add(System.nanoTime() - t);
                    sleep(20);
                }
            });
            List<Long> during = Collections.synchronizedList(new ArrayList<>());
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                Thread reader = new Thread(() -> {
                    while (delivering.get()) {
                        long t = System.nanoTime();
                        get(base + "/api/v1/comments?page=/bench/read/");
                        during.add(System.nanoTime() - t);
                    }
                });
                reader.setDaemon(true);
                readers.add(reader);
            }
            readers.forEach(Thread::start);
            writer.setDaemon(true);
            writer.start();
            sleep(1000);

            String feed = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"https://blog.example/posts/new/\","
                    + "\"url\":\"https://blog.example/posts/new/\",\"title\":\"A new post\",\"summary\":\"What it is about\","
                    + "\"content_html\":\"" + "<p>A paragraph of the new post, long enough to be a real one.</p>".repeat(40) + "\","
                    + "\"date_published\":\"" + java.time.Instant.now() + "\",\"tags\":[\"java\"]}]}";
            long started = System.nanoTime();
            HttpResponse<String> published = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/fediverse/posts")).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(feed)).build(), HttpResponse.BodyHandlers.ofString());
            long queuedMs = (System.nanoTime() - started) / 1_000_000;
            System.out.println("publish answered " + published.statusCode() + " in " + queuedMs + " ms: " + published.body());
            while (received.get() < inboxes && System.nanoTime() - started < 120_000_000_000L) {
                sleep(20);
            }
            long deliveredMs = (System.nanoTime() - started) / 1_000_000;
            sleep(1000);
            delivering.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
            writer.join();
            System.out.printf("delivered to %,d of %,d inboxes (%,d signed) in %,d ms (%.0f inboxes/s, %,d followers)%n",
                    received.get(), inboxes, signed.get(), deliveredMs, received.get() * 1000.0 / deliveredMs, followers);
            System.out.println("thread reads, during delivery: " + summary(during));
            System.out.println("comment posts, during delivery: " + summary(postLatencies));
        } finally {
            fakes.forEach(f -> f.stop(0));
            fakePool.shutdownNow();
        }
    }

    static List<Long> readFor(String base, Duration duration, int threads, List<Long> into) throws InterruptedException {
        List<Long> latencies = into != null ? into : Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> running = new ArrayList<>();
        for (int r = 0; r < threads; r++) {
            Thread reader = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    get(base + "/api/v1/comments?page=/bench/read/");
                    latencies.add(System.nanoTime() - t);
                }
            });
            reader.start();
            running.add(reader);
        }
        for (Thread reader : running) {
            reader.join();
        }
        return latencies;
    }

    static String summary(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "none";
        }
        return String.format("%,d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    static void get(String url) {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void post(String base, String page, String body) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/comments")).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"page\":\"" + page + "\",\"body\":\"" + body + "\",\"author\":\"Bench\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("posting answered " + r.statusCode() + ": " + r.body());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
