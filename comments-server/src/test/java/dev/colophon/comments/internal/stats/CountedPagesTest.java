package dev.colophon.comments.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.CountedPages;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import dev.colophon.comments.config.StatsConfig;
import dev.colophon.comments.internal.fetch.LoopbackSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Views count only on the pages a site's sitemap lists (unless told to count all), with each page's title. */
@ParameterizedClass
@EnumSource(Backend.class)
class CountedPagesTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;
    final AtomicReference<String> sitemap = new AtomicReference<>();
    final LoopbackSite site = new LoopbackSite().handle("/sitemap.xml", exchange -> {
        String body = sitemap.get();
        LoopbackSite.send(exchange, body == null ? 404 : 200, body == null ? "text/html" : "application/xml",
                body == null ? "<h1>Not found</h1>" : body);
    });
    TestServer server;

    TestServer start(CountedPages pages) {
        String origin = "http://127.0.0.1:" + site.port();
        ServerConfig config = TestServer.config(backend.newDatabase(tmp, "views"), origin, Moderation.POST);
        server = new TestServer(config.toBuilder().stats(new StatsConfig(Duration.ofHours(1), false, 0, pages))
                .fetchAllowHosts(List.of("127.0.0.1:" + site.port())).build());
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        site.close();
    }

    String urlset(String... paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths) {
            xml.append("  <url><loc>").append(site.url(path)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    void view(String page, String title) {
        Map<String, Object> beacon = title == null ? Map.of("page", page) : Map.of("page", page, "title", title);
        assertThat(server.post("/api/v1/views", beacon, "Origin", "http://127.0.0.1:" + site.port(),
                "User-Agent", StatsApiTest.BROWSER).status()).isEqualTo(204);
    }

    JsonNode summary() {
        server.server.flushViews();
        return server.get("/api/v1/admin/stats?days=7", server.admin()).json();
    }

    @Test
    void onlyPagesTheSitemapListsAreCountedAndTheDashboardNamesThemByTitle() {
        sitemap.set(urlset("/", "/posts/a/"));
        start(CountedPages.SITEMAP);
        view("/posts/a/", "  A post\n about   sitemaps ");
        view("/posts/a/index.html", null);
        view("/wp-login.php", "Log in");
        view("/posts/not-yet/", "Stray");

        JsonNode summary = summary();
        assertThat(summary.get("views").asInt()).isEqualTo(2);
        assertThat(summary.get("posts")).hasSize(1);
        assertThat(summary.get("posts").get(0).get("page").asText()).isEqualTo("/posts/a/");
        assertThat(summary.get("posts").get(0).get("title").asText()).isEqualTo("A post about sitemaps");

        server.comment("/posts/a/", "On the post", null);
        JsonNode queue = server.get("/api/v1/admin/comments?status=all", server.admin()).json().get("comments");
        assertThat(queue.get(0).get("title").asText()).isEqualTo("A post about sitemaps");
        assertThat(server.get("/api/v1/admin/stats/posts.csv?days=7", server.admin()).text())
                .contains("\"/posts/a/\",2,1,1,0,").endsWith(",0,\"A post about sitemaps\"\n");
    }

    @Test
    void aPagePublishedSinceTheSitemapWasReadCountsOnceItIsReadAgainAtMostOnceAMinute() {
        sitemap.set(urlset("/"));
        start(CountedPages.SITEMAP);
        view("/", "Home");
        int reads = site.requests.get();
        sitemap.set(urlset("/", "/posts/new/"));
        view("/posts/new/", "New");
        assertThat(site.requests.get()).as("read again within the minute").isEqualTo(reads);

        server.clock.advance(SitePages.RETRY.plusSeconds(1));
        view("/posts/new/", "New");
        view("/posts/new/", "New, retitled");
        JsonNode summary = summary();
        assertThat(summary.get("views").asInt()).isEqualTo(3);
        assertThat(site.requests.get()).isEqualTo(reads + 1);
        assertThat(summary.get("posts").findValuesAsText("title")).containsExactlyInAnyOrder("Home", "New, retitled");
    }

    @Test
    void aSiteWithoutASitemapHasEveryPageCounted() {
        start(CountedPages.SITEMAP);
        view("/any/page/", null);
        view("/another/", null);
        assertThat(summary().get("views").asInt()).isEqualTo(2);
    }

    @Test
    void countViewsAllCountsEveryPageWithoutAskingTheSite() {
        sitemap.set(urlset("/"));
        start(CountedPages.ALL);
        view("/not/listed/", "Unlisted");
        assertThat(summary().get("views").asInt()).isEqualTo(1);
        assertThat(site.requests.get()).isZero();
    }

    @Test
    void aSitemapIndexIsFollowedOnTheSiteItselfOnly() {
        sitemap.set("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + site.url("/sitemap-posts.xml") + "</loc></sitemap>"
                + "<sitemap><loc>http://elsewhere.invalid/sitemap.xml</loc></sitemap></sitemapindex>");
        site.page("/sitemap-posts.xml", 200, "application/xml", urlset("/posts/b/"));
        start(CountedPages.SITEMAP);
        view("/posts/b/", "B");
        view("/", "Home, not listed");
        assertThat(summary().get("views").asInt()).isEqualTo(1);
    }
}
