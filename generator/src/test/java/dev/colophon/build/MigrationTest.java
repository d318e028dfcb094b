package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hugo, Zola and Jekyll sites as their authors left them, with no site.yml: the same URLs, titles,
 * dates, tags, heading ids and feeds as the original generator's, and no template syntax left over.
 */
class MigrationTest {
    @TempDir
    Path tmp;

    TestSite peerSite() {
        return new TestSite(tmp).without("site.yml");
    }

    /** The text of a page outside code, where no template tag may be left. */
    static void assertNoTemplateResidue(Document page) {
        page.select("pre, code").remove();
        assertThat(page.body().html()).doesNotContain("{{").doesNotContain("{%").doesNotContain("{:");
    }

    @Test
    void aZolaBlogWithPostsAtTheRootAndInRootBundlesBuildsFromItsOwnConfig() {
        TestSite site = peerSite()
                .file("config.toml", "base_url = \"https://zola.example\"\ntitle = \"Zola blog\"\n"
                        + "[taxonomies]\n\n[extra]\nmenu = [{name = \"About\", url = \"$BASE_URL/about/\"}]\n")
                .file("content/_index.md", "+++\nsort_by = \"date\"\npaginate_by = 2\n+++\n")
                .file("content/2020-03-14-first-post.md", "+++\ntitle = \"First\"\n[taxonomies]\ntags = [\"C\", \"C++\"]\n+++\n"
                        + "## Hello 🦀 World\n\nText.\n")
                .file("content/trip/index.md", "+++\ntitle = \"Trip\"\ndate = 2021-05-01\n[extra]\nmood = \"sunny\"\n+++\n![](photo.jpg)\n")
                .file("content/trip/photo.jpg", "jpg")
                .file("content/third.md", "+++\ntitle = \"Third\"\ndate = 2022-01-01\n+++\nThree.\n")
                .file("content/about.md", "+++\ntitle = \"About me\"\n+++\nMe.\n")
                .file("content/blog/_index.md", "+++\ntitle = \"Blog\"\n+++\n")
                .file("content/blog/nested/deep.md", "+++\ntitle = \"Deep\"\ndate = 2019-01-01\n+++\nDeep.\n");
        BuildReport report = site.build();

        assertThat(report.recognised()).isEqualTo("Recognised a Zola site: config.toml has Zola's base_url");
        assertThat(report.posts()).isEqualTo(4);
        assertThat(report.pages()).isEqualTo(1);
        Document first = Jsoup.parse(site.read("first-post/index.html"));
        assertThat(first.select("h1").text()).contains("First");
        assertThat(first.select("h2").attr("id")).isEqualTo("hello-crab-world"); // Zola's slugify names emoji
        assertThat(site.read("trip/index.html")).contains("photo.jpg");
        assertThat(site.read("trip/photo.jpg")).isEqualTo("jpg");
        assertThat(site.exists("blog/nested/deep/index.html")).isTrue();
        assertThat(site.exists("about/index.html")).isTrue();
        assertThat(site.exists("tags/c/index.html")).isTrue();
        assertThat(site.exists("tags/c++/index.html")).isTrue(); // C and C++ stay two tags
        assertThat(site.exists("page/2/index.html")).isTrue(); // paginate_by = 2 from the root section
        assertThat(site.read("atom.xml")).contains("https://zola.example/first-post/");
        Document home = Jsoup.parse(site.read("index.html"));
        assertThat(home.select("header nav a").eachText()).contains("About").doesNotContain("Deep");
        assertNoTemplateResidue(first);
    }

    @Test
    void zolaTaxonomiesOfTheirOwnNameAreListedWhereZolaListsThemWithTheirPages() throws Exception {
        TestSite site = peerSite()
                .file("config.toml", "base_url = \"https://zola.example\"\ntitle = \"Z\"\n"
                        + "taxonomies = [{ name = \"theme-tags\" }, { name = \"series\" }]\n")
                .file("content/themes/_index.md", "+++\ntitle = \"Themes\"\n+++\n")
                .file("content/themes/night/index.md", "+++\ntitle = \"Night\"\n[taxonomies]\ntheme-tags = [\"dark\", \"Blog Theme\"]\n+++\n")
                .file("content/themes/ink.md", "\n+++\ntitle = \"Ink\"\n[taxonomies]\ntheme-tags = [\"dark\"]\n+++\n")
                .file("content/news.md", "+++\ntitle = \"News\"\ndate = 2024-01-01\n[taxonomies]\ntheme-tags = [\"dark\"]\n"
                        + "series = [\"Releases\"]\n+++\n");
        site.build();

        Document dark = Jsoup.parse(site.read("theme-tags/dark/index.html"));
        assertThat(dark.select(".post-list h2").eachText()).containsExactlyInAnyOrder("News", "Night", "Ink"); // pages too, as Zola lists them
        assertThat(site.exists("theme-tags/blog-theme/index.html")).isTrue();
        assertThat(site.read("themes/ink/index.html")).doesNotContain("+++"); // front matter after a blank line, as Zola reads it
        assertThat(site.exists("theme-tags/index.html")).isTrue();
        assertThat(site.exists("series/releases/index.html")).isTrue();
        assertThat(site.exists("tags/index.html")).isFalse();
        assertThat(Jsoup.parse(site.read("index.html")).select("header a:contains(Tags)").attr("href")).isEqualTo("/theme-tags/");
        com.rometools.rome.feed.synd.SyndFeed feed = new com.rometools.rome.io.SyndFeedInput()
                .build(new java.io.StringReader(site.read("theme-tags/dark/atom.xml")));
        assertThat(feed.getEntries()).extracting(e -> e.getTitle()).containsExactly("News"); // a feed's entries are dated
        assertThat(Jsoup.parse(site.read("news/index.html")).select("a[href=/theme-tags/dark/]")).isNotEmpty();
    }

    @Test
    void zolaFileNamesLoseTheDateZolaReadsInThemAndNoOther() {
        TestSite site = peerSite()
                .file("config.toml", "base_url = \"https://zola.example\"\ntitle = \"Z\"\n")
                .file("content/blog/_index.md", "+++\ntitle = \"Blog\"\n+++\n")
                .file("content/blog/2024-01-05_underscored.md", "+++\ntitle = \"Underscored\"\n+++\n")
                .file("content/blog/2024-02-06T10:00:00Z-timed.md", "+++\ntitle = \"Timed\"\n+++\n")
                .file("content/blog/2024-04-08-bundle/index.md", "+++\ntitle = \"Bundle\"\n+++\n")
                .file("content/blog/2024-1-5-loose.md", "+++\ntitle = \"Loose\"\n+++\n"); // not a date to Zola: month and day have two digits
        BuildReport report = site.build();

        assertThat(site.exists("blog/underscored/index.html")).isTrue();
        assertThat(site.exists("blog/timed/index.html")).isTrue();
        assertThat(site.exists("blog/bundle/index.html")).isTrue();
        assertThat(site.exists("blog/2024-1-5-loose/index.html")).isTrue();
        assertThat(report.posts()).isEqualTo(3); // the three dated; Loose is an undated page
        assertThat(report.pages()).isEqualTo(1);
        assertThat(Jsoup.parse(site.read("blog/underscored/index.html")).select("main time").attr("datetime")).startsWith("2024-01-05");
    }

    @Test
    void zolaShortcodesAreTheSitesOwnTemplatesResizeImageIsTheOriginalImageWithAWarningAndSectionsCanBeLinked() {
        TestSite site = peerSite()
                .file("config.toml", "base_url = \"https://zola.example\"\ntitle = \"Zola docs\"\n")
                .file("templates/shortcodes/note.peb", "<aside>{{ args.text }}</aside>")
                .file("templates/shortcodes/team.peb", "{% set team = load_data(path=\"content/images/team.toml\") %}<p class=\"team\">{{ team.lead }}</p>")
                .file("templates/shortcodes/secret.peb", "{{ load_data(path=\"../outside.toml\") }}")
                .file("content/images/team.toml", "lead = \"Ada\"\n")
                .file("content/images/index.md", "+++\ntitle = \"Images\"\ndate = 2021-05-01\n+++\n"
                        + "{{ resize_image(path=\"images/zola.png\", width=150, height=150, op=\"scale\") }}\n\n"
                        + "{{ note(text=\"Ported.\") }}\n\n{{ gallery() }}\n\n`{{ resize_image(path=\"x.png\") }}` in code.\n\n"
                        + "{{ team() }}\n\nSee [the guide](@/guide/_index.md#start).\n")
                .file("content/guide/_index.md", "+++\ntitle = \"Guide\"\n+++\n")
                .file("content/other/index.md", "+++\ntitle = \"Other\"\n+++\n{{ secret() }}\n")
                .file("content/images/zola.png", "png");
        BuildReport report = site.build();

        Document page = Jsoup.parse(site.read("images/index.html"));
        Element image = page.selectFirst("main img[src=/images/zola.png]");
        assertThat(image).isNotNull();
        assertThat(image.attr("width") + "x" + image.attr("height")).isEqualTo("150x150");
        assertThat(page.select("main .content aside").text()).isEqualTo("Ported.");
        assertThat(page.select("main code").text()).isEqualTo("{{ resize_image(path=\"x.png\") }}");
        assertThat(page.select("main .content p.team").text()).isEqualTo("Ada"); // Zola's load_data() in a ported shortcode
        assertThat(page.select("main .content a:contains(the guide)").attr("href")).isEqualTo("https://zola.example/guide/#start"); // a link to a section, absolute as Zola writes it
        assertThat(report.warnings()).extracting(w -> w.file() + ":" + w.line() + " " + w.kind())
                .containsExactlyInAnyOrder("content/images/index.md:5 approximated", "content/images/index.md:9 shortcode",
                        "content/other/index.md:4 shortcode", "content/other/index.md:4 shortcode");
        // load_data() of a file outside the site is refused: the template's failure, then the call left out
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message()).contains("load_data()").contains("outside the site"));
        assertThat(site.read("other/index.html")).doesNotContain("<aside").doesNotContain("secret()\u0020}}")
                .contains("<!-- not converted: secret() (see the build's warnings) -->");
        // gallery() has no template: nothing of it shows, a comment marks its place, the warning names it and its line
        assertThat(page.select("main .content").text()).doesNotContain("gallery");
        assertThat(site.read("images/index.html")).contains("<!-- not converted: gallery() (see the build's warnings) -->");
        assertThat(report.warnings()).filteredOn(w -> w.line() == 9).singleElement().extracting(Object::toString)
                .isEqualTo("content/images/index.md:9: shortcode {{ gallery() }} has no template and is left out of the page"
                        + " (an HTML comment marks its place); port it to templates/shortcodes/, or replace it with Markdown or HTML");
        assertThat(report.warnings()).filteredOn(w -> w.kind().equals("approximated"))
                .allSatisfy(w -> assertThat(w.message()).contains("the original image, not resized"));
    }

    @Test
    void aHugoSitesDataFilesReachItsPortedShortcodesAndAnEditedOneIsSeenWithoutARestart() throws Exception {
        TestSite site = peerSite()
                .file("hugo.toml", "baseURL = 'https://hugo.example/'\ntitle = 'H'\n")
                .file("data/authors.toml", "[ada]\nname = \"Ada Lovelace\"\n")
                .file("templates/shortcodes/author.peb", "<span class=\"author\">{{ site.data.authors[args[\"0\"]].name }}</span>")
                .file("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nBy {{< author ada >}}.\n");
        SiteSession session = SiteSession.open(new BuildOptions(site.root, site.output, false, false, null, GoldenSiteTest.JUNE_2026),
                RenderCache.inMemory(), dev.colophon.publish.Progress.silent());
        assertThat(Jsoup.parse(page(session.plan(), "posts/a/index.html")).select("main .author").text()).isEqualTo("Ada Lovelace");
        assertThat(session.warnings()).isEmpty();

        site.file("data/authors.toml", "[ada]\nname = \"Ada King\"\n"); // what the preview's watcher reports
        session.reload(java.util.List.of(site.root.resolve("data/authors.toml")));
        assertThat(Jsoup.parse(page(session.plan(), "posts/a/index.html")).select("main .author").text()).isEqualTo("Ada King");
    }

    static String page(SiteSession.Plan plan, String path) {
        return plan.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> new String(f.content().get(), java.nio.charset.StandardCharsets.UTF_8)).orElseThrow(() -> new AssertionError(path));
    }

    @Test
    void aHugoSiteWithCapitalisedKeysSectionsAndAMenuKeepsItsUrlsAndFeeds() {
        TestSite site = peerSite()
                .file("hugo.toml", "baseURL = 'https://hugo.example/'\nTitle = 'Hugo blog'\nlanguageCode = 'en-us'\n"
                        + "[Permalinks]\nposts = '/:year/:month/:title/'\n"
                        + "[[menu.main]]\nname = 'Notes'\nurl = '/notes/'\nweight = 2\n"
                        + "[[menu.main]]\nname = 'About'\npageRef = 'about.md'\nweight = 1\n")
                .file("content/posts/first-post.md", "---\nTitle: Capital First\nDate: 2024-02-03T10:00:00Z\nTags: [Go, C++]\n---\n"
                        + "## What's new, really?\n\nText[^1] and more.\n\n[^1]: A note.\n")
                .file("content/posts/secret.md", "---\nTitle: Secret\nDraft: true\nDate: 2024-02-04\n---\nHidden.\n")
                .file("content/posts/trip/index.md", "+++\ntitle = 'Trip'\ndate = 2024-03-01\n+++\nA bundle.\n")
                .file("content/notes/2024-01-01-a-note.md", "---\ntitle: A note\n---\nKept in its section.\n")
                .file("content/about.md", "---\ntitle: About\n---\nMe.\n")
                .file("content/extra1.md", "---\ntitle: Extra one\n---\n1\n")
                .file("content/extra2.md", "---\ntitle: Extra two\n---\n2\n");
        BuildReport report = site.build();

        assertThat(report.recognised()).isEqualTo("Recognised a Hugo site: hugo.toml is Hugo's configuration");
        assertThat(report.posts()).isEqualTo(2); // the draft, written Draft: true, is left out
        Document first = Jsoup.parse(site.read("2024/02/first-post/index.html"));
        assertThat(first.select("h1").text()).contains("Capital First");
        assertThat(first.select("h2").attr("id")).isEqualTo("whats-new-really");
        assertThat(first.select("time").attr("datetime")).startsWith("2024-02-03");
        assertThat(site.exists("2024/03/trip/index.html")).isTrue();
        assertThat(site.exists("notes/2024-01-01-a-note/index.html")).isTrue(); // Hugo keeps the whole file name
        assertThat(site.exists("tags/go/index.html")).isTrue();
        assertThat(site.read("index.xml")).contains("<rss").contains("https://hugo.example/2024/02/first-post/");
        assertThat(site.read("posts/index.xml")).contains("<rss").contains("Trip");
        assertThat(site.read("tags/c++/index.xml")).contains("<rss").contains("Capital First");
        assertThat(site.read("atom.xml")).contains("Capital First"); // Colophon's own feeds too
        Document home = Jsoup.parse(site.read("index.html"));
        assertThat(home.select("header nav a").eachText()).containsSubsequence("About", "Notes").doesNotContain("Extra one");
        assertThat(home.select("article").text()).doesNotContain("[1]").doesNotContain("A note.");
        assertNoTemplateResidue(first);
    }

    @Test
    void aJekyllSiteWithLiquidIncludesAttributesCollectionsAndRedirectsRendersThemAll() {
        TestSite site = peerSite()
                .file("_config.yml", "title: Jekyll blog\nurl: https://jekyll.example\nbaseurl: /blog\nrepository: me/project\n"
                        + "permalink: pretty\nplugins: [jemoji, jekyll-mentions]\nheader_pages: [about.html, missing.md]\n"
                        + "collections:\n  recipes:\n    output: true\n    permalink: /recipes/:name/\n  hidden:\n    output: false\n")
                .file("_posts/2023-01-29-hello.md", "---\ntitle: Hello there\ndate: 2023-01-29 18:30:22 2023 -0800\n"
                        + "categories: [News]\ntags: jekyll update\nredirect_from: /old-hello/\n---\n"
                        + "* TOC\n{:toc}\n\nSee {{ site.repository }} in {{ page.title | upcase }} :tada: thanks @octocat\n\n"
                        + "## 1. Getting Started!\n\nA lead paragraph.\n{: .lead #intro}\n\n"
                        + "{% include note.html text=\"Careful\" %}\n\n```\n{{ site.repository }} stays in code\n```\n")
                .file("templates/shortcodes/note.peb", "<aside class=\"note\">{{ include.text }}</aside>")
                .file("_recipes/soup.md", "---\ntitle: Soup\n---\nHot.\n")
                .file("_hidden/secret.md", "---\ntitle: Secret\n---\nNot written out.\n")
                .file("_includes/footer.md", "not a page")
                .file("about.html", "---\ntitle: About\nlayout: page\n---\n<p>I write <em>HTML</em>.</p>\n")
                .file("moved.md", "---\ntitle: Moved\nredirect_to: https://elsewhere.example/\n---\n")
                .file("other.md", "---\ntitle: Other page\n---\nNot in the menu.\n")
                .file("news-list.md", "---\ntitle: News\nlayout: category\n---\nA Jekyll layout named like a list template.\n");
        BuildReport report = site.build();

        assertThat(report.recognised()).isEqualTo("Recognised a Jekyll site: _config.yml is Jekyll's configuration");
        assertThat(report.warnings()).isEmpty();
        // 18:30 at -08:00 is the 30th in UTC, but Jekyll dates the URL in the offset written
        Document post = Jsoup.parse(site.read("news/2023/01/29/hello/index.html"));
        assertThat(post.select("h1").text()).contains("Hello there");
        String text = post.select("main").text();
        assertThat(text).contains("See me/project in HELLO THERE", "\uD83C\uDF89", "thanks @octocat").doesNotContain(":tada:");
        assertThat(post.select("a[href=https://github.com/octocat]")).hasSize(1);
        assertThat(post.select("h2#getting-started")).hasSize(1); // kramdown's id
        assertThat(post.select("p.lead#intro").text()).isEqualTo("A lead paragraph.");
        assertThat(post.select(".toc a[href=#getting-started]")).hasSize(1);
        assertThat(post.select("aside.note").text()).isEqualTo("Careful");
        assertThat(post.select("pre").text()).contains("{{ site.repository }} stays in code");
        assertThat(post.select("a[href^=/blog/tags/]").eachText()).contains("jekyll", "update");
        assertThat(site.read("old-hello/index.html")).contains("https://jekyll.example/blog/news/2023/01/29/hello/");
        assertThat(site.read("recipes/soup/index.html")).contains("Hot.");
        assertThat(site.exists("hidden/secret/index.html")).isFalse();
        assertThat(site.exists("_includes/footer.md")).isFalse();
        Document about = Jsoup.parse(site.read("about/index.html"));
        assertThat(about.select("main em").text()).isEqualTo("HTML");
        assertThat(about.html()).doesNotContain("layout: page");
        assertThat(site.read("moved/index.html")).contains("https://elsewhere.example/");
        assertThat(site.read("news-list/index.html")).contains("A Jekyll layout named like a list template.");
        assertThat(site.read("feed.xml")).contains("<feed").contains("Hello there"); // jekyll-feed's Atom
        Document home = Jsoup.parse(site.read("index.html"));
        assertThat(home.select("header nav a").eachText()).contains("About").doesNotContain("Other page");
        assertNoTemplateResidue(post);
    }

    @Test
    void aSiteYmlBesideAnotherGeneratorsConfigurationOverridesIt() {
        TestSite site = new TestSite(tmp)
                .file("site.yml", "title: From site.yml\nheading_ids: github\n")
                .file("_config.yml", "title: From Jekyll\nurl: https://jekyll.example\n")
                .file("_posts/2024-05-01-a.md", "---\ntitle: A\n---\n## Héllo, World!\n");
        BuildReport report = site.build();

        assertThat(report.recognised()).startsWith("Recognised a Jekyll site");
        Document post = Jsoup.parse(site.read("2024/05/01/a.html"));
        assertThat(post.select(".site-title").text()).isEqualTo("From site.yml");
        assertThat(post.select("h2").attr("id")).isEqualTo("héllo-world");
    }

    @Test
    void oneBadFieldInAnotherGeneratorsPostIsAWarningNotAFailedSite() {
        TestSite site = peerSite()
                .file("_config.yml", "title: J\n")
                .file("_posts/2024-05-01-good.md", "---\ntitle: Good\n---\nFine.\n")
                .file("_posts/2024-05-02-odd.md", "---\ntitle: Odd\ntags: {a: b}\n---\n{% unknown_tag %}\n");
        BuildReport report = site.build();

        assertThat(report.posts()).isEqualTo(2);
        assertThat(report.warnings()).extracting(w -> w.file() + ":" + w.line() + " " + w.kind())
                .containsExactlyInAnyOrder("_posts/2024-05-02-odd.md:3 front-matter", "_posts/2024-05-02-odd.md:5 liquid");
        assertThat(report.summary()).endsWith("; 2 warnings (1 front-matter, 1 liquid)");
    }

    @Test
    void aJBakeSitesAsciiDocPagesAreRenderedAsJBakeRendersThem() {
        TestSite site = peerSite()
                .file("jbake.properties", "site.host=https://jbake.example\n")
                .file("content/blog/2024/hello.md", "title=Hello\ndate=2024-01-02\ntype=post\nstatus=published\n~~~~~~\nHi.\n")
                .file("content/docs/guide.adoc", "title=The guide\ndate=2024-02-03\ntype=post\nstatus=published\n~~~~~~\n"
                        + "== Getting started\n\nSome *bold* text.\n\n[source,java]\n----\nint x = 1;\n----\n")
                .file("content/about.adoc", "title=About\ntype=page\nstatus=published\n~~~~~~\nAbout _me_.\n")
                .file("content/news/release.adoc", "= Version 2 released\nJane Doe\n2024-03-04\n:jbake-type: post\n"
                        + ":jbake-tags: release, news\n:jbake-status: published\n:idprefix:\n\n== What is new\n\nLots.\n")
                .file("content/news/later.adoc", "= Not yet\n:jbake-type: post\n:jbake-status: draft\n:jbake-date: 2024-05-01\n\nSoon.\n");
        BuildReport report = site.build();

        assertThat(report.posts()).isEqualTo(3); // the draft is left out
        Document release = Jsoup.parse(site.read("news/release.html")); // JBake's metadata in the AsciiDoc header
        assertThat(release.select("h1").text()).contains("Version 2 released");
        assertThat(release.select("time").attr("datetime")).startsWith("2024-03-04");
        assertThat(release.select("h2#what_is_new")).hasSize(1); // :idprefix: read by Asciidoctor
        assertThat(site.exists("tags/release/index.html")).isTrue();
        assertThat(site.exists("news/later.html")).isFalse();
        assertThat(report.warnings()).isEmpty();
        Document guide = Jsoup.parse(site.read("docs/guide.html"));
        assertThat(guide.select("h1").text()).contains("The guide");
        assertThat(guide.select("h2#_getting_started").text()).isEqualTo("Getting started"); // Asciidoctor's id, as JBake's
        assertThat(guide.select("strong").text()).isEqualTo("bold");
        assertThat(guide.select("pre code").text()).isEqualTo("int x = 1;");
        assertThat(Jsoup.parse(site.read("about.html")).select("em").text()).isEqualTo("me");
        assertThat(site.exists("docs/guide.adoc")).isFalse();
        assertThat(site.read("feed.xml")).contains("The guide");
    }
}
