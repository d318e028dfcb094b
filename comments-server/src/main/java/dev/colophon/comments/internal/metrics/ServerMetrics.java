package dev.colophon.comments.internal.metrics;

import dev.colophon.comments.internal.api.RouteTable;
import dev.colophon.comments.internal.api.AdminAuth;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.Status;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prometheus metrics at {@code /metrics}, behind the admin token: requests by route and status with latency
 * histograms, comments by status, the outbox's depth and age, group-commit batch sizes, and the JVM's own.
 * Database figures are read when scraped, so they are as fresh as the scrape and cost nothing between.
 */
public final class ServerMetrics implements AutoCloseable {
    private static final String STARTED = "colophon.metrics.started";
    private static final List<String> STATUSES = List.of(Status.PENDING.value(), Status.APPROVED.value(), Status.REJECTED.value(), Status.SPAM.value(), Status.DELETED.value());

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Database db;
    private final Clock clock;
    private final Map<String, AtomicLong> comments = new ConcurrentHashMap<>();
    private final AtomicLong outboxDepth = new AtomicLong();
    private final AtomicLong outboxAgeSeconds = new AtomicLong();

    public ServerMetrics(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        for (String status : STATUSES) {
            AtomicLong count = comments.computeIfAbsent(status, s -> new AtomicLong());
            Gauge.builder("colophon.comments", count, AtomicLong::get).tag("status", status)
                    .description("Comments in the database by moderation status").register(registry);
        }
        Gauge.builder("colophon.outbox.depth", outboxDepth, AtomicLong::get).description("Emails waiting to be sent").register(registry);
        Gauge.builder("colophon.outbox.oldest.age", outboxAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("How long the oldest email waiting has waited").register(registry);
        DistributionSummary batches = DistributionSummary.builder("colophon.db.commit.batch").baseUnit("writes")
                .description("Writes committed together by the group committer").serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64, 128, 256)
                .register(registry);
        db.onCommit(batches::record);
    }

    /** Times every request by its route (the pattern, not the path, so ids do not multiply series) and status. */
    public RouteTable routes(AdminAuth auth) {
        RouteTable routes = new RouteTable();
        routes.before("*", ctx -> ctx.attribute(STARTED, System.nanoTime()));
        routes.after("*", this::record);
        routes.get("/metrics", ctx -> {
            auth.require(ctx);
            refresh();
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
        });
        return routes;
    }

    private void record(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        Timer.builder("http.server.requests").description("HTTP requests by route and status")
                .tag("method", ctx.method().name()).tag("route", endpoint == null ? "unmatched" : endpoint.path)
                .tag("status", String.valueOf(ctx.statusCode()))
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry).record(Duration.ofNanos(System.nanoTime() - started));
    }

    private void refresh() {
        db.jdbi().useHandle(handle -> {
            comments.values().forEach(count -> count.set(0));
            handle.createQuery("SELECT status, COUNT(*) AS n FROM comments GROUP BY status")
                    .map((rs, c) -> Map.entry(rs.getString("status"), rs.getLong("n")))
                    .forEach(e -> comments.computeIfAbsent(e.getKey(), s -> new AtomicLong()).set(e.getValue()));
            handle.createQuery("SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM outbox").map((rs, c) -> {
                outboxDepth.set(rs.getLong("n"));
                long oldest = rs.getLong("oldest");
                outboxAgeSeconds.set(rs.wasNull() ? 0 : Math.max(0, (clock.millis() - oldest) / 1000));
                return null;
            }).findFirst();
        });
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
