package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages link root-relative, so a built site works from any server; only feeds and meta tags carry the base URL. */
class SiteUrlsTest {
    @TempDir
    Path tmp;

    TestSite site() {
        return new TestSite(tmp)
                .file("site.yml", "title: Test\nbase_url: https://test.example/blog/\ncomments_url: https://comments.example\n")
                .file("posts/2026-01-01-first.md", "---\ntitle: First\ntags: [java]\n---\nSee [the second]({{< relref \"2026-01-02-second.md\" >}}).\n")
                .file("posts/2026-01-02-second.md", "---\ntitle: Second\ntags: [java]\n---\nBody.\n")
                .file("pages/about.md", "---\ntitle: About\n---\nAbout.\n");
    }

    @Test
    void linksAndAssetsInPagesAreRootRelativeUnderTheBasePath() {
        TestSite site = site();
        site.build();
        for (String page : new String[] {"index.html", "posts/first/index.html", "tags/java/index.html", "archive/index.html",
                "about/index.html", "404.html"}) {
            Document html = Jsoup.parse(site.read(page));
            for (Element link : html.select("a[href], link[href], script[src], img[src]")) {
                String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                boolean metaUrl = link.is("link[rel=canonical], a.u-url, [data-share]") || url.startsWith("mailto:"); // formats that name the canonical URL
                boolean commentServer = url.equals("https://comments.example") || url.startsWith("https://comments.example/"); // its own origin (preconnect, the widget)
                if (!metaUrl && !commentServer && !url.startsWith("#")) {
                    assertThat(url).as(page + ": " + link.outerHtml()).startsWith("/blog/").doesNotContain("test.example");
                }
            }
            assertThat(html.select("link[rel=stylesheet]").attr("href")).isEqualTo("/blog/css/colophon.css");
        }
    }

    @Test
    void canonicalOpenGraphFeedsAndSitemapKeepAbsoluteUrls() {
        TestSite site = site();
        site.build();
        Document post = Jsoup.parse(site.read("posts/first/index.html"));
        assertThat(post.select("link[rel=canonical]").attr("href")).isEqualTo("https://test.example/blog/posts/first/");
        assertThat(post.select("meta[property=og:url]").attr("content")).isEqualTo("https://test.example/blog/posts/first/");
        assertThat(site.read("atom.xml")).contains("https://test.example/blog/posts/second/");
        assertThat(site.read("sitemap.xml")).contains("<loc>https://test.example/blog/posts/first/</loc>");
    }
}
