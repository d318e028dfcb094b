package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colophon.publish.Progress;
import dev.colophon.webmention.OutgoingLinks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Post pages get a share line from site.yml, and answer other sites' pages as microformats say. */
class ShareLinksTest {
    @TempDir
    Path dir;

    @Test
    void shareLinksFromSiteYmlAreMadeForEachPostWithItsUrlAndTitleEncoded() {
        TestSite site = new TestSite(dir).file("site.yml", """
                title: Test
                base_url: https://test.example/
                share_links:
                  Hacker News: "https://news.ycombinator.com/submitlink?u={url}&t={title}"
                """).file("posts/hello.md", "---\ntitle: Hello & goodbye\ndate: 2026-05-01\n---\nText.\n");
        site.build();
        assertThat(site.read("posts/hello/index.html"))
                .contains("<a href=\"https://news.ycombinator.com/submitlink?u=https%3A%2F%2Ftest.example%2Fposts%2Fhello%2F&amp;t=Hello%20%26%20goodbye\" data-share=\"link\"")
                .contains("data-share=\"email\"")
                .contains("<article class=\"post h-entry\">");
    }

    @Test
    void aShareLinkThatIsNotAWebUrlIsASettingsError() {
        TestSite site = new TestSite(dir).file("site.yml", "title: T\nshare_links:\n  Evil: \"javascript:alert(1)\"\n");
        assertThatThrownBy(site::build).hasMessageContaining("share_links");
    }

    @Test
    void aRebuildReadsTheLinksOfOnlyThePostsThatChanged() throws java.io.IOException {
        TestSite site = new TestSite(dir).file("posts/a.md", "---\ntitle: A\ndate: 2026-05-02\n---\nSee [x](https://x.example/).\n")
                .file("posts/b.md", "---\ntitle: B\ndate: 2026-05-03\n---\nSee [y](https://y.example/).\n");
        Path cache = dir.resolve("cache");
        BuildOptions options = new BuildOptions(site.root, site.output, false, false, null, GoldenSiteTest.JUNE_2026, cache);
        new SiteBuilder(Progress.silent()).build(options);
        // what the first build recorded is taken as it is while the post is the same: mark it to see that
        Path links = cache.resolve(OutgoingLinks.FILE);
        java.nio.file.Files.writeString(links, java.nio.file.Files.readString(links).replace("https://x.example/", "https://kept.example/")
                .replace("https://y.example/", "https://kept.example/"));
        site.file("posts/b.md", "---\ntitle: B\ndate: 2026-05-03\n---\nSee [z](https://z.example/).\n");
        new SiteBuilder(Progress.silent()).build(options);

        var recorded = OutgoingLinks.read(cache);
        assertThat(recorded.get("https://test.example/posts/a/").links()).containsExactly("https://kept.example/");
        assertThat(recorded.get("https://test.example/posts/b/").links()).containsExactly("https://z.example/");
    }

    @Test
    void aReplyInFrontMatterIsMarkedUpAndRecordedAsAnOutgoingLink() {
        TestSite site = new TestSite(dir).file("posts/answer.md", """
                ---
                title: Answer
                date: 2026-05-02
                in_reply_to: https://b.example/posts/hello/
                ---
                See [also](https://c.example/x) and [home](/about/).
                """);
        new SiteBuilder(Progress.silent()).build(new BuildOptions(site.root, site.output, false, false, null,
                GoldenSiteTest.JUNE_2026, dir.resolve("cache")));
        assertThat(site.read("posts/answer/index.html"))
                .contains("In reply to <a class=\"u-in-reply-to\" href=\"https://b.example/posts/hello/\">");
        assertThat(OutgoingLinks.read(dir.resolve("cache")).get("https://test.example/posts/answer/").links())
                .containsExactly("https://b.example/posts/hello/", "https://c.example/x");
    }
}
