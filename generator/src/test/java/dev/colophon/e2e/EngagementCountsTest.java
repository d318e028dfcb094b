package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.api.Json;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engagement counts real visits to real pages: a reload and the 404 page are not views. */
class EngagementCountsTest {
    @TempDir
    Path tmp;

    @Test
    void aReloadAndTheNotFoundPageAreNotCounted() throws Exception {
        try (SiteUnderTest site = new SiteUnderTest(tmp, Moderation.POST); Browser reader = Browser.start()) {
            reader.open(site.url("/posts/hello-colophon/"));
            reader.await(".colophon .c-form");
            reader.driver.navigate().refresh();
            reader.await(".colophon .c-form");
            reader.open(site.url("/404.html"));
            reader.awaitText("h1", "Page not found");
            reader.open(site.url("/posts/markdown-tour/"));
            reader.await(".colophon .c-form");
            Thread.sleep(300); // the last beacon is sent as the page loads
            site.comments.flushViews();

            JsonNode stats = Json.MAPPER.readTree(site.admin("GET", "/api/v1/admin/stats?days=7"));
            assertThat(stats.get("views").asInt()).isEqualTo(2);
            assertThat(stats.toString()).doesNotContain("404");
        }
    }
}
