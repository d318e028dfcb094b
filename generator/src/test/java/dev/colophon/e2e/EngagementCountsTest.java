package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engagement counts real visits to real pages: a reload, the 404 page and a page the sitemap does not list
 * (a stray copy, an old file left on the server) are not views.
 */
class EngagementCountsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aReloadTheNotFoundPageAndPagesOutsideTheSitemapAreNotCounted() throws Exception {
        try (SiteUnderTest site = new SiteUnderTest(tmp, Moderation.POST); Browser reader = Browser.start()) {
            Path stray = tmp.resolve("public/old-copy/index.html");
            java.nio.file.Files.createDirectories(stray.getParent());
            java.nio.file.Files.copy(tmp.resolve("public/tags/colophon/index.html"), stray);
            reader.open(site.url("/old-copy/"));
            reader.await("main");
            reader.open(site.url("/posts/hello-colophon/"));
            reader.await(".colophon .c-form");
            reader.driver.navigate().refresh();
            reader.await(".colophon .c-form");
            reader.open(site.url("/404.html"));
            reader.awaitText("h1", "Page not found");
            reader.open(site.url("/posts/markdown-tour/"));
            reader.scrollToComments();
            reader.await(".colophon .c-form");
            Thread.sleep(300); // the last beacon is sent as the page loads
            site.comments.flushViews();

            JsonNode stats = JSON.readTree(site.admin("GET", "/api/v1/admin/stats?days=7"));
            assertThat(stats.get("views").asInt()).isEqualTo(2);
            assertThat(stats.toString()).doesNotContain("404").doesNotContain("old-copy");
            assertThat(stats.get("posts").findValuesAsText("title"))
                    .containsExactlyInAnyOrder("Hello, Colophon", "A tour of Markdown in Colophon");
        }
    }
}
