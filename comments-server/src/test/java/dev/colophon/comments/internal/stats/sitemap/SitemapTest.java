package dev.colophon.comments.internal.stats.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SitemapTest {
    static final URI AT = URI.create("https://blog.example/sitemap.xml");

    @Test
    void aUrlsetGivesEachPagesPathEscapedAndAsTheBrowserShowsIt() {
        Sitemap sitemap = Sitemap.parse("""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://blog.example/</loc><lastmod>2026-11-01</lastmod></url>
                  <url><loc> https://blog.example/posts/caf%C3%A9/ </loc></url>
                  <url><loc>https://blog.example</loc></url>
                </urlset>""", AT);
        assertThat(sitemap.paths()).containsExactlyInAnyOrder("/", "/posts/caf%C3%A9/", "/posts/café/");
        assertThat(sitemap.sitemaps()).isEmpty();
    }

    @Test
    void anIndexListsFurtherSitemaps() {
        Sitemap sitemap = Sitemap.parse("<sitemapindex><sitemap><loc>/sitemap-1.xml</loc></sitemap></sitemapindex>", AT);
        assertThat(sitemap.sitemaps()).containsExactly(URI.create("https://blog.example/sitemap-1.xml"));
        assertThat(sitemap.paths()).isEmpty();
    }

    @Test
    void anHtmlPageIsNoSitemapAndEntitiesReadNoFile() {
        assertThat(Sitemap.parse("<!doctype html><html><body><h1>Not found</h1></body></html>", AT)).isNull();
        Sitemap hostile = Sitemap.parse("<?xml version=\"1.0\"?><!DOCTYPE u [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset><url><loc>https://blog.example/&x;</loc></url></urlset>", AT);
        assertThat(String.join(" ", hostile.paths())).doesNotContain("root:");
    }
}
