package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.markdown.RenderedMarkdown;
import dev.colophon.publish.Progress;
import dev.colophon.site.Body;
import dev.colophon.site.Page;
import dev.colophon.site.PageBody;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendered bodies live in the cache's file, not in memory, and the file survives what builds do to it. */
class RenderCacheTest {
    @TempDir
    Path tmp;

    static RenderedMarkdown rendered(int i) {
        return new RenderedMarkdown("<p>Body " + i + " – déjà vu</p>\n<pre>" + "x".repeat(i) + "</pre>", "<p>Body " + i + "</p>",
                "Body " + i, 3 + i);
    }

    @Test
    void aBuildsPagesReadTheirBodiesFromDiskInsteadOfHoldingThem() {
        TestSite site = new TestSite(tmp);
        for (int i = 1; i <= 3; i++) {
            site.file("posts/2026-01-0" + i + "-p" + i + ".md", "---\ntitle: P" + i + "\n---\nBody **" + i + "**\n");
        }
        try (RenderCache cache = RenderCache.scratch()) {
            SiteSession session = SiteSession.open(new BuildOptions(site.root, site.output, false, false, null, GoldenSiteTest.JUNE_2026),
                    cache, Progress.silent());
            var posts = session.plan().site().posts();
            assertThat(posts).hasSize(3).allSatisfy(page -> assertThat(page.body()).isNotInstanceOf(Body.Held.class));
            Page first = posts.get(posts.size() - 1);
            assertThat(first.content().toString()).isEqualTo("<p>Body <strong>1</strong></p>\n");
            assertThat(first.summary().toString()).isEqualTo("<p>Body <strong>1</strong></p>");
        }
    }

    @Test
    void aSavedCacheGivesEveryBodyBackToTheNextBuild() {
        Path file = tmp.resolve(".colophon/markdown.cache");
        try (RenderCache cache = RenderCache.open(file, 7)) {
            for (int i = 0; i < 50; i++) {
                cache.put(cache.key(i, false), rendered(i));
            }
            cache.save();
        }
        try (RenderCache cache = RenderCache.open(file, 7)) {
            PageBody body = cache.get(cache.key(42, false));
            assertThat(body.html().html()).isEqualTo(rendered(42).html());
            assertThat(body.summaryHtml()).isEqualTo("<p>Body 42</p>");
            assertThat(body.summaryText()).isEqualTo("Body 42");
            assertThat(body.words()).isEqualTo(45);
            assertThat(cache.get(cache.key(42, true))).isNull();
        }
        try (RenderCache otherVersion = RenderCache.open(file, 8)) {
            assertThat(otherVersion.get(otherVersion.key(42, false))).isNull();
        }
    }

    @Test
    void whatAFailedOrKilledBuildAppendedIsCutOffAndTheSavedPartKept() throws Exception {
        Path file = tmp.resolve(".colophon/markdown.cache");
        try (RenderCache cache = RenderCache.open(file, 7)) {
            cache.put(cache.key(1, false), rendered(1));
            cache.save();
        }
        try (RenderCache cache = RenderCache.open(file, 7)) {
            cache.put(cache.key(2, false), rendered(2)); // never saved
        }
        Files.write(file, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND); // half a record
        try (RenderCache cache = RenderCache.open(file, 7)) {
            assertThat(cache.get(cache.key(2, false))).isNull();
            assertThat(cache.get(cache.key(1, false)).html().html()).isEqualTo(rendered(1).html());
        }
    }

    @Test
    void bodiesNoBuildUsesAnyMoreAreDroppedWhenTheyAreMostOfTheFile() throws Exception {
        Path file = tmp.resolve(".colophon/markdown.cache");
        try (RenderCache cache = RenderCache.open(file, 7)) {
            for (int i = 0; i < 400; i++) {
                cache.put(cache.key(i, false), rendered(5000));
            }
            cache.save();
        }
        long full = Files.size(file);
        try (RenderCache cache = RenderCache.open(file, 7)) {
            cache.get(cache.key(3, false)); // the only post left
            cache.save();
        }
        assertThat(Files.size(file)).isLessThan(full / 100);
        try (RenderCache cache = RenderCache.open(file, 7)) {
            assertThat(cache.get(cache.key(3, false)).html().html()).isEqualTo(rendered(5000).html());
            assertThat(cache.get(cache.key(4, false))).isNull();
        }
    }

    @Test
    void aSecondBuildOfTheSameSiteAtOnceWorksWithoutTheCacheAndLeavesItAlone() {
        Path file = tmp.resolve(".colophon/markdown.cache");
        try (RenderCache first = RenderCache.open(file, 7)) {
            first.put(first.key(1, false), rendered(1));
            try (RenderCache second = RenderCache.open(file, 7)) {
                PageBody body = second.put(second.key(2, false), rendered(2));
                assertThat(body.html().html()).isEqualTo(rendered(2).html());
                second.save();
            }
            first.save();
        }
        try (RenderCache cache = RenderCache.open(file, 7)) {
            assertThat(cache.get(cache.key(1, false))).isNotNull();
            assertThat(cache.get(cache.key(2, false))).isNull();
        }
    }
}
