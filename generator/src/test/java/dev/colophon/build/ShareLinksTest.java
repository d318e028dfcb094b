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
