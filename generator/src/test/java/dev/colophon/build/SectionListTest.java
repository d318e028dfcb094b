package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo's and Zola's section list pages: where the original site lists a section, so does Colophon. */
class SectionListTest {
    @TempDir
    Path tmp;

    TestSite peerSite() {
        return new TestSite(tmp).without("site.yml");
    }

    @Test
    void everyHugoSectionHasAListPageWithItsIndexTitleAndText() {
        TestSite site = peerSite()
                .file("hugo.toml", "baseURL = 'https://hugo.example/'\ntitle = 'H'\npaginate = 2\n")
                .file("content/posts/_index.md", "---\nTitle: All my posts\n---\nWhat I **write**.\n")
                .file("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nA.\n")
                .file("content/posts/b.md", "---\ntitle: B\ndate: 2024-02-01\n---\nB.\n")
                .file("content/posts/2024/c/index.md", "---\ntitle: C\ndate: 2024-03-01\n---\nC.\n")
                .file("content/notes/n.md", "---\ntitle: Note\n---\nN.\n")
                .file("content/about/index.md", "---\ntitle: About\n---\nA page bundle at the top, not a section.\n")
                .file("content/drafts/_index.md", "---\ntitle: Hidden\ndraft: true\n---\n")
                .file("content/drafts/d.md", "---\ntitle: D\n---\nD.\n");
        site.build();

        Document posts = Jsoup.parse(site.read("posts/index.html"));
        assertThat(posts.select("main h1").text()).isEqualTo("All my posts");
        assertThat(posts.select("main strong").text()).isEqualTo("write");
        assertThat(posts.select(".post-list h2").eachText()).containsExactly("C", "B"); // newest first, two a page
        assertThat(Jsoup.parse(site.read("posts/page/2/index.html")).select(".post-list h2").eachText()).containsExactly("A");
        assertThat(Jsoup.parse(site.read("notes/index.html")).select("main h1").text()).isEqualTo("Notes"); // Hugo's title from the name
        assertThat(site.exists("about/index.html")).isTrue();
        assertThat(site.read("about/index.html")).contains("A page bundle at the top");
        assertThat(site.exists("drafts/index.html")).isFalse();
    }

    @Test
    void zolaSectionsHonourSortByPaginateByTransparentAndPageTemplate() {
        TestSite site = peerSite()
                .file("config.toml", "base_url = \"https://zola.example\"\ntitle = \"Z\"\n")
                .file("content/_index.md", "+++\nsort_by = \"date\"\n+++\n")
                .file("content/guide/_index.md", "+++\ntitle = \"The guide\"\nsort_by = \"weight\"\npaginate_by = 2\n"
                        + "page_template = \"guide-page.html\"\n+++\nRead in order.\n")
                .file("templates/guide-page.peb", "<p class=\"guide-page\">{{ page.title }}</p>") // guide-page.html, ported
                .file("content/guide/second.md", "+++\ntitle = \"Second\"\nweight = 2\n+++\n")
                .file("content/guide/first.md", "+++\ntitle = \"First\"\nweight = 1\n+++\n")
                .file("content/guide/third.md", "+++\ntitle = \"Third\"\nweight = 3\n+++\n")
                .file("content/blog/_index.md", "+++\ntitle = \"Blog\"\nsort_by = \"title\"\n+++\n")
                .file("content/blog/zebra.md", "+++\ntitle = \"Zebra\"\ndate = 2020-01-01\n+++\n")
                .file("content/blog/2021/_index.md", "+++\ntitle = \"2021\"\ntransparent = true\n+++\n")
                .file("content/blog/2021/apple.md", "+++\ntitle = \"Apple\"\ndate = 2021-01-01\n+++\n")
                .file("content/orphans/lone.md", "+++\ntitle = \"Lone\"\n+++\nNo _index.md: no section.\n")
                .file("content/hidden/_index.md", "+++\ntitle = \"Hidden\"\nrender = false\n+++\n");
        site.build();

        Document guide = Jsoup.parse(site.read("guide/index.html"));
        assertThat(guide.select("main h1").text()).isEqualTo("The guide");
        assertThat(guide.select("main .content").text()).isEqualTo("Read in order.");
        assertThat(guide.select(".post-list h2").eachText()).containsExactly("First", "Second");
        assertThat(Jsoup.parse(site.read("guide/page/2/index.html")).select(".post-list h2").eachText()).containsExactly("Third");
        assertThat(Jsoup.parse(site.read("blog/index.html")).select(".post-list h2").eachText())
                .containsExactly("Apple", "Zebra"); // by title, with the transparent 2021's pages
        assertThat(Jsoup.parse(site.read("blog/2021/index.html")).select(".post-list h2").eachText()).containsExactly("Apple");
        assertThat(site.exists("orphans/index.html")).isFalse();
        assertThat(site.exists("orphans/lone/index.html")).isTrue();
        assertThat(site.exists("hidden/index.html")).isFalse();
        assertThat(Jsoup.parse(site.read("guide/first/index.html")).select("p.guide-page").text()).isEqualTo("First");
        assertThat(site.read("blog/zebra/index.html")).doesNotContain("guide-page");
    }

    @Test
    void aSectionListsItsSubsectionsByWeightAndASitesOwnTemplateReadsItsExtra() {
        TestSite zola = peerSite()
                .file("config.toml", "base_url = \"https://zola.example\"\ntitle = \"Z\"\n")
                .file("content/docs/_index.md", "+++\ntitle = \"Docs\"\n[extra]\nlead = \"Start here\"\n+++\n")
                .file("content/docs/intro.md", "+++\ntitle = \"Intro\"\n+++\n")
                .file("content/docs/usage/_index.md", "+++\ntitle = \"Usage\"\nweight = 2\n+++\n")
                .file("content/docs/setup/_index.md", "+++\ntitle = \"Setup\"\nweight = 1\n+++\n")
                .file("content/docs/setup/deep/_index.md", "+++\ntitle = \"Deep\"\n+++\n")
                .file("content/docs/hidden/_index.md", "+++\ntitle = \"Hidden\"\nrender = false\n+++\n");
        zola.build();
        Document docs = Jsoup.parse(zola.read("docs/index.html"));
        assertThat(docs.select("main nav.subsections a").eachText()).containsExactly("Setup", "Usage"); // not Deep, nor Hidden
        assertThat(docs.select("main nav.subsections a").eachAttr("href")).containsExactly("/docs/setup/", "/docs/usage/");
        assertThat(docs.select(".post-list h2").eachText()).containsExactly("Intro");
        assertThat(Jsoup.parse(zola.read("docs/setup/index.html")).select("main nav.subsections a").eachText()).containsExactly("Deep");

        TestSite own = new TestSite(tmp.resolve("own")).without("site.yml")
                .file("config.toml", "base_url = \"https://zola.example\"\ntitle = \"Z\"\n")
                .file("templates/section.peb", "<p class=\"lead\">{{ section.extra.lead | default(\"\") }}</p>{% for s in section.subsections %}{{ s.title }}{% endfor %}")
                .file("content/docs/_index.md", "+++\ntitle = \"Docs\"\n[extra]\nlead = \"Start here\"\n+++\n")
                .file("content/docs/setup/_index.md", "+++\ntitle = \"Setup\"\n+++\n");
        own.build();
        assertThat(Jsoup.parse(own.read("docs/index.html")).text()).isEqualTo("Start here Setup");
    }

    @Test
    void zolaSectionsRedirectAliasTheirListsWriteTheirOwnFeedsAndInsertAnchorLinks() throws Exception {
        TestSite site = peerSite()
                .file("config.toml", "base_url = \"https://zola.example\"\ntitle = \"Z\"\n[markdown]\ninsert_anchor_links = \"right\"\n")
                .file("content/docs/_index.md", "+++\ntitle = \"Docs\"\nredirect_to = \"docs/intro\"\n+++\n")
                .file("content/docs/intro.md", "+++\ntitle = \"Intro\"\n+++\n## Start *here*\n")
                .file("content/away/_index.md", "+++\nredirect_to = \"https://elsewhere.example/x\"\n+++\n")
                .file("content/blog/_index.md", "+++\ntitle = \"Blog\"\naliases = [\"/posts/\", \"old-blog\", \"/archive.html\"]\n"
                        + "generate_feeds = true\ninsert_anchor_links = \"left\"\n+++\n")
                .file("content/blog/a.md", "+++\ntitle = \"A\"\ndate = 2024-01-01\naliases = [\"/2024/a/\"]\n+++\n## Hello\n")
                .file("content/blog/b/index.md", "+++\ntitle = \"B\"\ndate = 2024-02-01\n+++\n# Bundle\n")
                .file("content/blog/undated.md", "+++\ntitle = \"Undated\"\n+++\nNo date: not in a feed.\n")
                .file("content/notes/_index.md", "+++\ninsert_anchor_links = \"heading\"\n+++\n")
                .file("content/notes/n.md", "+++\ntitle = \"N\"\n+++\n### Deep\n")
                .file("content/plain/_index.md", "+++\ninsert_anchor_links = \"none\"\n+++\n")
                .file("content/plain/p.md", "+++\ntitle = \"P\"\n+++\n## Mine\n")
                .file("content/other/_index.md", "+++\ngenerate_feeds = false\n+++\n")
                .file("content/other/o.md", "+++\ntitle = \"O\"\ndate = 2024-03-01\n+++\n");
        BuildReport report = site.build();

        assertThat(redirect(site, "docs/index.html")).isEqualTo("https://zola.example/docs/intro/"); // make_permalink's slash
        assertThat(redirect(site, "away/index.html")).isEqualTo("https://elsewhere.example/x");
        assertThat(site.read("docs/intro/index.html")).contains("Start"); // the section's pages are still built
        for (String alias : java.util.List.of("posts/index.html", "old-blog/index.html", "archive.html")) {
            assertThat(redirect(site, alias)).as(alias).isEqualTo("https://zola.example/blog/");
        }
        assertThat(site.exists("2024/a/index.html")).isTrue(); // a page's own aliases, as before
        assertThat(Jsoup.parse(site.read("blog/index.html")).select(".post-list h2").eachText()).contains("A", "B");

        com.rometools.rome.feed.synd.SyndFeed feed = new com.rometools.rome.io.SyndFeedInput()
                .build(new java.io.StringReader(site.read("blog/atom.xml")));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).extracting(e -> e.getTitle()).containsExactly("B", "A"); // dated pages, newest first
        assertThat(site.exists("other/atom.xml")).isFalse();
        assertThat(site.exists("notes/atom.xml")).isFalse();

        // left (the section's), right (config.toml's), heading, and none (Colophon's own link kept)
        assertThat(Jsoup.parse(site.read("blog/a/index.html")).selectFirst("main h2#hello").html())
                .isEqualTo("<a class=\"zola-anchor\" href=\"#hello\" aria-label=\"Anchor link for: hello\">🔗</a>Hello");
        assertThat(Jsoup.parse(site.read("blog/b/index.html")).selectFirst("main h1#bundle").html())
                .isEqualTo("<a class=\"zola-anchor\" href=\"#bundle\" aria-label=\"Anchor link for: bundle\">🔗</a>Bundle");
        assertThat(Jsoup.parse(site.read("docs/intro/index.html")).selectFirst("main h2#start-here").html())
                .isEqualTo("Start <em>here</em><a class=\"zola-anchor\" href=\"#start-here\" aria-label=\"Anchor link for: start-here\">🔗</a>");
        assertThat(Jsoup.parse(site.read("notes/n/index.html")).selectFirst("main h3#deep").html())
                .isEqualTo("<a class=\"zola-anchor\" href=\"#deep\" aria-label=\"Anchor link for: deep\">Deep</a>");
        org.jsoup.nodes.Element mine = Jsoup.parse(site.read("plain/p/index.html")).selectFirst("main h2#mine");
        assertThat(mine.select("a.zola-anchor")).isEmpty();
        assertThat(mine.select("a.anchor").attr("href")).isEqualTo("#mine");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void aZolaSectionWithRenderFalseKeepsItsPagesFeedsAndAliasesButWritesNoList() throws Exception {
        TestSite site = peerSite()
                .file("config.toml", "base_url = \"https://zola.example\"\ntitle = \"Z\"\n")
                .file("content/blog/_index.md", "+++\ntitle = \"Blog\"\n+++\n")
                .file("content/blog/new.md", "+++\ntitle = \"New\"\ndate = 2024-01-01\n+++\n")
                .file("content/blog/archive/_index.md", "+++\ntitle = \"Archive\"\nrender = false\ngenerate_feeds = true\n"
                        + "aliases = [\"/old-archive/\"]\n+++\n")
                .file("content/blog/archive/old.md", "+++\ntitle = \"Old\"\ndate = 2019-01-01\n+++\n");
        site.build();

        assertThat(site.exists("blog/archive/index.html")).isFalse();
        assertThat(site.exists("blog/archive/old/index.html")).isTrue();
        Document blog = Jsoup.parse(site.read("blog/index.html"));
        assertThat(blog.select(".post-list h2").eachText()).containsExactly("New"); // Old is its own section's, as in Zola
        assertThat(blog.select("main nav.subsections a")).isEmpty(); // no link to a list that is not written
        com.rometools.rome.feed.synd.SyndFeed feed = new com.rometools.rome.io.SyndFeedInput()
                .build(new java.io.StringReader(site.read("blog/archive/atom.xml")));
        assertThat(feed.getEntries()).extracting(e -> e.getTitle()).containsExactly("Old");
        assertThat(redirect(site, "old-archive/index.html")).isEqualTo("https://zola.example/blog/archive/");
    }

    @Test
    void zolaPaginationFollowsPaginatePathAndPaginateReversedAndItsFirstPageFolderRedirects() throws Exception {
        TestSite site = peerSite()
                .file("config.toml", "base_url = \"https://zola.example\"\ntitle = \"Z\"\n")
                .file("content/news/_index.md", "+++\ntitle = \"News\"\npaginate_by = 1\npaginate_path = \"p\"\n"
                        + "paginate_reversed = true\n+++\n")
                .file("content/news/one.md", "+++\ntitle = \"One\"\ndate = 2024-01-01\n+++\n")
                .file("content/news/two.md", "+++\ntitle = \"Two\"\ndate = 2024-02-01\n+++\n")
                .file("content/news/three.md", "+++\ntitle = \"Three\"\ndate = 2024-03-01\n+++\n")
                .file("content/flat/_index.md", "+++\ntitle = \"Flat\"\npaginate_by = 1\npaginate_path = \"\"\n+++\n")
                .file("content/flat/a.md", "+++\ntitle = \"A\"\ndate = 2024-01-01\n+++\n")
                .file("content/flat/b.md", "+++\ntitle = \"B\"\ndate = 2024-02-01\n+++\n");
        site.build();

        // sort_by's date order is newest first; reversed, the oldest leads
        assertThat(Jsoup.parse(site.read("news/index.html")).select(".post-list h2").eachText()).containsExactly("One");
        assertThat(Jsoup.parse(site.read("news/p/2/index.html")).select(".post-list h2").eachText()).containsExactly("Two");
        assertThat(Jsoup.parse(site.read("news/p/3/index.html")).select(".post-list h2").eachText()).containsExactly("Three");
        assertThat(site.exists("news/page/2/index.html")).isFalse();
        assertThat(redirect(site, "news/p/1/index.html")).isEqualTo("https://zola.example/news/");
        assertThat(Jsoup.parse(site.read("flat/2/index.html")).select(".post-list h2").eachText()).containsExactly("A");
        assertThat(redirect(site, "flat/1/index.html")).isEqualTo("https://zola.example/flat/");
    }

    @Test
    void anEditedZolaSectionIndexReshapesItsPagesHeadingsWithoutARestart() {
        TestSite site = peerSite()
                .file("config.toml", "base_url = \"https://zola.example\"\ntitle = \"Z\"\n")
                .file("content/blog/_index.md", "+++\ntitle = \"Blog\"\n+++\n")
                .file("content/blog/a.md", "+++\ntitle = \"A\"\n+++\n## Hello\n");
        SiteSession session = SiteSession.open(new BuildOptions(site.root, site.output, false, false, null, GoldenSiteTest.JUNE_2026),
                RenderCache.inMemory(), dev.colophon.publish.Progress.silent());
        assertThat(Jsoup.parse(MigrationTest.page(session.plan(), "blog/a/index.html")).select("h2 a.zola-anchor")).isEmpty();

        site.file("content/blog/_index.md", "+++\ntitle = \"Blog\"\ninsert_anchor_links = \"right\"\n+++\n"); // as the watcher reports it
        session.reload(java.util.List.of(site.root.resolve("content/blog/_index.md")));
        assertThat(Jsoup.parse(MigrationTest.page(session.plan(), "blog/a/index.html")).select("h2 a.zola-anchor").attr("href"))
                .isEqualTo("#hello");
    }

    @Test
    void aSectionsTextGoesThroughTheShortcodesAsAPostsDoes() {
        TestSite site = peerSite()
                .file("hugo.toml", "baseURL = 'https://hugo.example/'\ntitle = 'H'\n")
                .file("content/about/_index.md", "---\ntitle: About me\n---\nHello.\n\n"
                        + "{{< figure src=\"/me.jpg\" alt=\"Me\" caption=\"At work\" >}}\n\n"
                        + "See [my first post]({{< ref \"posts/first.md\" >}}).\n\n"
                        + "{{< gallery dir=\"/trips\" >}}\n")
                .file("content/about/cv.md", "---\ntitle: CV\n---\nCV.\n")
                .file("content/posts/first.md", "---\ntitle: First\ndate: 2024-01-01\n---\nFirst.\n")
                .file("templates/shortcodes/notice.peb", "<aside class=\"notice\">{{ inner }}</aside>")
                .file("content/posts/_index.md", "---\ntitle: Posts\n---\n{{< notice >}}Ported.{{< /notice >}}\n");
        BuildReport report = site.build();

        String about = site.read("about/index.html");
        Document page = Jsoup.parse(about);
        assertThat(page.select("main figure img").attr("src")).isEqualTo("/me.jpg");
        assertThat(page.select("main figcaption").text()).isEqualTo("At work");
        assertThat(page.select("main a:contains(my first post)").attr("href")).isEqualTo("https://hugo.example/posts/first/"); // ref is absolute, as Hugo's
        assertThat(page.select("main").text()).doesNotContain("{{").doesNotContain("gallery");
        assertThat(about).contains("<!-- not converted: gallery");
        assertThat(Jsoup.parse(site.read("posts/index.html")).select("main aside.notice").text()).isEqualTo("Ported."); // the site's own port
        assertThat(report.warnings()).extracting(w -> w.file() + ":" + w.line() + " " + w.kind())
                .containsExactly("content/about/_index.md:10 shortcode");
    }

    @Test
    void aZolaSectionsUnknownShortcodeIsAWarningAndStrictFailsOnIt() {
        TestSite site = peerSite()
                .file("config.toml", "base_url = \"https://zola.example\"\ntitle = \"Z\"\n")
                .file("content/blog/_index.md", "+++\ntitle = \"Blog\"\n+++\n{{ youtube(id=\"abc\") }}\n\n{{ banner(text=\"Hi\") }}\n")
                .file("content/blog/a.md", "+++\ntitle = \"A\"\ndate = 2024-01-01\n+++\nA.\n");
        BuildReport report = site.build();

        Document blog = Jsoup.parse(site.read("blog/index.html"));
        assertThat(blog.select("main iframe").attr("src")).contains("abc");
        assertThat(blog.select("main").text()).doesNotContain("banner");
        assertThat(report.warnings()).extracting(Object::toString).containsExactly("content/blog/_index.md:6: shortcode"
                + " {{ banner(text=\"Hi\") }} has no template and is left out of the page (an HTML comment marks its place); port it to"
                + " templates/shortcodes/, or replace it with Markdown or HTML");
        assertThat(dev.colophon.cli.Main.run("build", "--strict", "--source", site.root.toString(), "--output",
                tmp.resolve("strict").toString())).isEqualTo(1);
    }

    private static String redirect(TestSite site, String file) {
        Document page = Jsoup.parse(site.read(file));
        return page.select("link[rel=canonical]").attr("href");
    }
}
