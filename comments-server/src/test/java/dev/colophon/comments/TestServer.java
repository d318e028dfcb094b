package dev.colophon.comments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import dev.colophon.comments.internal.activitypub.Federation;
import dev.colophon.comments.internal.api.Route;
import dev.colophon.comments.internal.moderation.PasswordHasher;
import dev.colophon.comments.internal.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A real comment server on a loopback port over a real database (SQLite or PostgreSQL), with a small HTTP client. */
public final class TestServer implements AutoCloseable {
    public static final String ORIGIN = "https://blog.example";
    public static final String TOKEN = "test-admin-token-0123456789";
    public static final String PASSWORD = "correct horse battery";
    public static final String PASSWORD_HASH = PasswordHasher.hash(PASSWORD);
    public static final ObjectMapper JSON = new ObjectMapper();

    public final MutableClock clock = new MutableClock();
    public final CommentServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    public final String base;

    /** Every page's views count: the test's site origin serves no sitemap (nor anything: it is never asked). */
    public TestServer(String database, Moderation moderation, Limits limits) {
        this(database, moderation, limits, dev.colophon.comments.config.StatsConfig.defaults()
                .counting(dev.colophon.comments.config.CountedPages.ALL));
    }

    public TestServer(String database, Moderation moderation, Limits limits, dev.colophon.comments.config.StatsConfig stats) {
        this(database, moderation, limits, stats, dev.colophon.comments.config.MailConfig.none());
    }

    public TestServer(String database, Moderation moderation, Limits limits, dev.colophon.comments.config.StatsConfig stats,
                      dev.colophon.comments.config.MailConfig mail) {
        this(database, moderation, limits, stats, mail, List.of());
    }

    /** A server whose remote fetches may also reach {@code fetchAllowHosts} (loopback sources in tests). */
    public TestServer(String database, Moderation moderation, Limits limits, dev.colophon.comments.config.StatsConfig stats,
                      dev.colophon.comments.config.MailConfig mail, List<String> fetchAllowHosts) {
        ServerConfig config = base(database, ORIGIN, moderation).limits(limits).stats(stats).mail(mail)
                .fetchAllowHosts(fetchAllowHosts).addressKeyFile(keyFileFor(database)).build();
        this.server = CommentServer.start(config, clock, cfg -> { });
        this.base = "http://127.0.0.1:" + server.port();
    }

    /** A server with its own spam filter settings (a proof of work, thresholds). */
    public TestServer(String database, Moderation moderation, Limits limits, dev.colophon.comments.config.StatsConfig stats,
                      dev.colophon.comments.config.MailConfig mail, dev.colophon.comments.config.SpamConfig spam) {
        ServerConfig config = base(database, ORIGIN, moderation).limits(limits).stats(stats).mail(mail).spam(spam).build();
        this.server = CommentServer.start(config, clock, cfg -> { });
        this.base = "http://127.0.0.1:" + server.port();
    }

    /** A server of any settings; its delivery queue is sent only when the test calls {@code deliverDue()}. */
    public TestServer(ServerConfig config) {
        this.server = CommentServer.start(config.addressKeyFile() != null ? config
                : config.toBuilder().addressKeyFile(keyFileFor(config.database())).build(), clock, cfg -> { }, false);
        this.base = "http://127.0.0.1:" + server.port();
    }

    /** Settings as the other constructors make them, for tests that change a few. */
    public static ServerConfig config(String database, String origin, Moderation moderation) {
        return base(database, origin, moderation).limits(Limits.defaults().withoutRates()).build();
    }

    private static dev.colophon.comments.config.ServerConfigBuilder base(String database, String origin, Moderation moderation) {
        return ServerConfig.builder().listen("127.0.0.1", 0).database(database).origins(List.of(origin))
                .admin(TOKEN, PASSWORD_HASH).moderation(moderation);
    }

    /** Beside a SQLite file by default; for PostgreSQL a folder of its own, not the module's working folder. */
    private static String keyFileFor(String database) {
        if (!database.startsWith("jdbc:postgresql:")) {
            return null;
        }
        try {
            Path dir = java.nio.file.Files.createTempDirectory("colophon-keys");
            dir.toFile().deleteOnExit();
            return dir.resolve("address.key").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's storage, for what a test sets up or checks below the API; off the server's public surface. */
    public Database database() {
        return server.database();
    }

    /** The blog's fediverse side, to send its queue now rather than on the worker's round. */
    public Federation federation() {
        return server.federation();
    }

    /** Every route the server answers and runs around requests, in the order it tries them. */
    public List<Route> routes() {
        return server.routes();
    }

    public static TestServer open(Path dir, Moderation moderation) {
        return open(Backend.SQLITE, dir, moderation);
    }

    /** A server without rate limits on a new database of the backend. */
    public static TestServer open(Backend backend, Path dir, Moderation moderation) {
        return new TestServer(backend.newDatabase(dir, "comments"), moderation, Limits.defaults().withoutRates());
    }

    /** A response with its body parsed as JSON when it is JSON. */
    public record Response(int status, Map<String, List<String>> headers, String text) {
        public JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public Response post(String path, Object body, String... headers) {
        return send(request(path, headers).POST(publisher(body)).header("Content-Type", "application/json").build());
    }

    public Response put(String path, Object body, String... headers) {
        return send(request(path, headers).PUT(publisher(body)).header("Content-Type", "application/json").build());
    }

    public Response delete(String path, String... headers) {
        return send(request(path, headers).DELETE().build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    public static HttpRequest.BodyPublisher publisher(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts a comment and returns the 201 answer, failing on any other status. */
    public JsonNode comment(String page, String body, Long parent, String... headers) {
        Map<String, Object> request = new java.util.HashMap<>(Map.of("page", page, "body", body, "author", "Ann"));
        request.put("parent", parent);
        Response response = post("/api/v1/comments", request, headers);
        if (response.status() != 201) {
            throw new AssertionError("expected 201 but got " + response.status() + ": " + response.text());
        }
        return response.json();
    }

    public String[] admin() {
        return new String[] {"Authorization", "Bearer " + TOKEN};
    }

    @Override
    public void close() {
        server.close();
    }

    /** A clock tests can move forward, to pass edit windows and day boundaries. */
    public static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-25T12:00:00Z");

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
