package dev.colophon.comments.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricsProcessor;
import org.hawkular.agent.prometheus.types.Gauge;
import org.hawkular.agent.prometheus.types.Histogram;
import org.hawkular.agent.prometheus.types.Metric;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.hawkular.agent.prometheus.walkers.CollectorPrometheusMetricsWalker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics}: Prometheus text, read back by a Prometheus text-format parser as a scraper would. */
class MetricsTest {
    @TempDir
    Path tmp;

    private static List<MetricFamily> parse(String text) {
        CollectorPrometheusMetricsWalker collector = new CollectorPrometheusMetricsWalker();
        new TextPrometheusMetricsProcessor(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), collector).walk();
        return collector.getAllMetricFamilies();
    }

    private static Optional<Metric> metric(List<MetricFamily> families, String name, Map<String, String> labels) {
        return families.stream().filter(f -> f.getName().equals(name)).flatMap(f -> f.getMetrics().stream())
                .filter(m -> m.getLabels().entrySet().containsAll(labels.entrySet())).findFirst();
    }

    @Test
    void aScrapeHasRequestsByRouteAndStatusCommentsByStatusTheOutboxBatchesAndTheJvm() {
        try (TestServer server = TestServer.open(tmp, Moderation.PRE)) {
            long id = server.comment("/posts/a/", "One", null).get("id").asLong();
            server.comment("/posts/a/", "Two", null);
            server.post("/api/v1/admin/comments/" + id + "/approve", "", server.admin());
            server.get("/api/v1/comments?page=/posts/a/");
            int missing = server.get("/api/v1/comments/999999").status();
            server.get("/no/such/path");

            TestServer.Response response = server.get("/metrics", server.admin());
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("text/plain; version=0.0.4");
            List<MetricFamily> families = parse(response.text());

            Histogram posts = (Histogram) metric(families, "http_server_requests_seconds",
                    Map.of("method", "POST", "route", "/api/v1/comments", "status", "201")).orElseThrow();
            assertThat(posts.getSampleCount()).isEqualTo(2);
            assertThat(posts.getBuckets()).hasSizeGreaterThan(5);
            assertThat(metric(families, "http_server_requests_seconds",
                    Map.of("route", "/api/v1/comments/{id}", "status", String.valueOf(missing)))).isPresent(); // by pattern, not by id
            assertThat(metric(families, "http_server_requests_seconds", Map.of("route", "unmatched", "status", "404"))).isPresent();

            assertThat(((Gauge) metric(families, "colophon_comments", Map.of("status", "approved")).orElseThrow()).getValue()).isEqualTo(1);
            assertThat(((Gauge) metric(families, "colophon_comments", Map.of("status", "pending")).orElseThrow()).getValue()).isEqualTo(1);
            assertThat(((Gauge) metric(families, "colophon_outbox_depth", Map.of()).orElseThrow()).getValue()).isZero();
            assertThat(metric(families, "colophon_outbox_oldest_age_seconds", Map.of())).isPresent();
            Histogram batches = (Histogram) metric(families, "colophon_db_commit_batch_writes", Map.of()).orElseThrow();
            assertThat(batches.getSampleCount()).isGreaterThanOrEqualTo(3);
            assertThat(metric(families, "jvm_memory_used_bytes", Map.of("area", "heap"))).isPresent();
            assertThat(metric(families, "jvm_threads_live_threads", Map.of())).isPresent();
            List<String> kinds = new ArrayList<>();
            families.forEach(f -> kinds.add(f.getType().name()));
            assertThat(kinds).contains("HISTOGRAM", "GAUGE", "COUNTER");
        }
    }

    @Test
    void metricsNeedTheAdminToken() {
        try (TestServer server = TestServer.open(tmp, Moderation.PRE)) {
            assertThat(server.get("/metrics").status()).isEqualTo(401);
            assertThat(server.get("/metrics", "Authorization", "Bearer wrong").status()).isEqualTo(401);
        }
    }
}
