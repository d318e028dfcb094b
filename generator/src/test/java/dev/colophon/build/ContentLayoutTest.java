package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colophon.config.ConfigException;
import dev.colophon.content.BuildException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where content, static files and the files among the content come from, as Hugo, Zola, Jekyll and JBake lay them out. */
class ContentLayoutTest {
    @TempDir
    Path tmp;

    TestSite site() {
        return new TestSite(tmp);
    }

    @Test
    void filesBesideAPageBundleArePublishedBesideItsPage() throws Exception {
        TestSite site = site()
                .file("posts/trip/index.md", "---\ntitle: Trip\ndate: 2026-01-03\nslug: road-trip\n---\n![Route](maps/route.svg) ![](photo.png)\n")
                .file("posts/trip/photo.png", "png bytes")
                .file("posts/trip/maps/route.svg", "<svg/>")
                .file("posts/trip/.DS_Store", "finder noise")
                .file("posts/trip/notes.md", "---\ntitle: Notes\ndate: 2026-01-04\n---\nA post of its own.\n")
                .file("posts/trip/day2/index.md", "---\ntitle: Day two\ndate: 2026-01-05\n---\n![](sunset.jpg)\n")
                .file("posts/trip/day2/sunset.jpg", "jpg bytes")
                .file("pages/about/index.md", "---\ntitle: About\n---\n![](me.jpg)\n")
                .file("pages/about/me.jpg", "me");
        site.build();

        assertThat(site.read("posts/road-trip/photo.png")).isEqualTo("png bytes");
        assertThat(site.read("posts/road-trip/maps/route.svg")).isEqualTo("<svg/>");
        assertThat(site.read("posts/day2/sunset.jpg")).isEqualTo("jpg bytes");
        assertThat(site.read("about/me.jpg")).isEqualTo("me");
        assertThat(site.exists("posts/road-trip/.DS_Store")).isFalse();
        assertThat(site.exists("posts/road-trip/notes.md")).isFalse();
        assertThat(site.exists("posts/road-trip/day2/sunset.jpg")).isFalse();
        assertThat(site.read("posts/notes/index.html")).contains("A post of its own.");
        // The relative links of the Markdown now resolve against the page's own URL.
        Document trip = Jsoup.parse(site.read("posts/road-trip/index.html"), "https://test.example/posts/road-trip/");
        assertThat(trip.select("article img").eachAttr("abs:src")).containsExactly(
                "https://test.example/posts/road-trip/maps/route.svg", "https://test.example/posts/road-trip/photo.png");
    }

    @Test
    void otherFilesAmongTheContentKeepTheirPathAsJekyllCopiesThem() throws Exception {
        TestSite site = site()
                .file("_posts/2026-01-01-hello.md", "---\ntitle: Hello\n---\n![Logo]({{ site.baseurl }}/assets/img/logo.png)\n")
                .file("assets/img/logo.png", "logo")
                .file("posts/files/slides.pdf", "pdf")
                .file("_layouts/default.html", "{{ content }}")
                .file("_includes/head.html", "<head>")
                .file("assets/.hidden", "no")
                .file("assets/style.css~", "editor backup")
                .file("Gemfile", "source 'https://rubygems.org'")
                .file("index.md", "---\nlayout: home\n---\n")
                .file("drafts/idea/index.md", "---\ntitle: Idea\ndraft: true\n---\n![](sketch.png)\n")
                .file("drafts/idea/sketch.png", "sketch");
        site.build();

        assertThat(site.read("assets/img/logo.png")).isEqualTo("logo");
        assertThat(site.read("posts/hello/index.html")).contains("<img src=\"/assets/img/logo.png\" alt=\"Logo\"");
        assertThat(site.read("posts/files/slides.pdf")).isEqualTo("pdf");
        assertThat(site.exists("_layouts/default.html")).isFalse();
        assertThat(site.exists("_includes/head.html")).isFalse();
        assertThat(site.exists("assets/.hidden")).isFalse();
        assertThat(site.exists("assets/style.css~")).isFalse();
        assertThat(site.exists("Gemfile")).isFalse();
        assertThat(site.exists("index/index.html")).isFalse(); // Jekyll's index.md configures the home page
        assertThat(site.exists("drafts/idea/sketch.png")).isFalse(); // waits with its draft
        assertThat(site.exists("idea/sketch.png")).isFalse();

        site.build(true, false);
        assertThat(site.read("idea/sketch.png")).isEqualTo("sketch");
    }

    @Test
    void staticDirsNameTheFoldersCopiedToTheRootAsJBakesAssetsFolderIs() {
        TestSite site = site()
                .file("site.yml", "title: T\nbase_url: https://t.example/\nstatic_dirs: [assets, extra/files]\n")
                .file("assets/css/site.css", "body{}")
                .file("assets/notes.md", "# not a page: copied as it is")
                .file("extra/files/robots.txt", "User-agent: *\nDisallow: /private/\n")
                .file("static/ignored.txt", "static/ is not listed, so not copied");
        site.build();
        assertThat(site.read("css/site.css")).isEqualTo("body{}");
        assertThat(site.read("notes.md")).startsWith("# not a page");
        assertThat(site.read("robots.txt")).contains("Disallow: /private/"); // a site's file wins over the generated one
        assertThat(site.exists("assets/css/site.css")).isFalse();
        assertThat(site.exists("notes/index.html")).isFalse();
        assertThat(site.exists("ignored.txt")).isFalse();

        site.file("site.yml", "title: T\nbase_url: https://t.example/\nstatic_dirs: [../outside]\n");
        assertThatThrownBy(site::build).isInstanceOf(ConfigException.class)
                .hasMessageContaining("static_dirs").hasMessageContaining("folders inside the site");
    }

    @Test
    void aBundleFileThatClashesWithAPageIsAnErrorNamingBoth() {
        TestSite site = site()
                .file("posts/trip/index.md", "---\ntitle: Trip\ndate: 2026-01-03\n---\nbody\n")
                .file("posts/trip/index.html", "<p>an old export</p>");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> assertThat(e.problems())
                .singleElement().satisfies(p -> assertThat(p.toString())
                        .contains("publishes /posts/trip/index.html").contains("index.md").contains("index.html")));
    }

    @Test
    void aHugoSiteBuildsWithItsContentFolderAndStaticFolder() {
        TestSite site = site()
                .file("site.yml", "title: T\nbase_url: https://t.example/\ncontent_dir: content\n")
                .file("content/posts/2026-01-01-hello.md", "---\ntitle: Hello\n---\n![](/images/diagram.png)\n")
                .file("content/posts/trip/index.md", "---\ntitle: Trip\ndate: 2026-01-02\n---\n"
                        + "{{< figure src=\"photo.jpg\" caption=\"The road\" >}}\n\n{{< newsletter user=\"x\" id=\"1\" >}}\n")
                .file("content/posts/trip/photo.jpg", "photo")
                .file("content/about.md", "---\ntitle: About\n---\nAbout me.\n")
                .file("content/images/diagram.png", "diagram")
                .file("static/favicon.ico", "icon")
                .file("layouts/_default/single.html", "{{ .Content }}")
                .file("assets/scss/main.scss", "body {}")
                .file("README.md", "# my site's repository")
                .file("content/notes/note.md", "---\ntitle: Note\ndate: 2026-01-05\ntype: posts\n---\nA post by its type.\n")
                .file("content/posts/2026-01-01-hello.fr.md", "---\ntitle: Bonjour\n---\nEn français.\n")
                .file("content/_index.fr.md", "---\ntitle: Accueil\n---\n")
                .file("content/posts/extra.en.md", "---\ntitle: Extra\ndate: 2026-01-06\n---\nIn English.\n")
                .file("content/_index.md", "---\ntitle: Home\n---\n")
                .file("content/posts/_index.md", "---\ntitle: Posts\nsort_by: date\n---\n");
        BuildReport report = site.build();

        assertThat(report.posts()).isEqualTo(4); // the _index.md files configure Hugo's list pages: not posts
        assertThat(report.pages()).isEqualTo(1);
        assertThat(report.warnings()).extracting(Object::toString).containsExactly("content/posts/trip/index.md:7: shortcode "
                + "{{< newsletter user=\"x\" id=\"1\" >}} has no template and is left out of the page (an HTML comment marks its place);"
                + " port it to templates/shortcodes/, or replace it with Markdown or HTML",
                "content/_index.fr.md: left out, with 1 other translation: Colophon builds one language, 'en' (site.yml's language)");
        assertThat(site.read("posts/extra/index.html")).contains("In English.");
        assertThat(site.read("posts/hello/index.html")).doesNotContain("français");
        assertThat(site.read("posts/trip/index.html")).contains("<figure><img src=\"photo.jpg\" alt=\"The road\" loading=\"lazy\">"
                + "<figcaption>The road</figcaption></figure>");
        assertThat(site.read("posts/hello/index.html")).contains("/images/diagram.png");
        assertThat(site.read("posts/trip/photo.jpg")).isEqualTo("photo");
        assertThat(site.read("about/index.html")).contains("About me.");
        assertThat(site.read("images/diagram.png")).isEqualTo("diagram");
        assertThat(site.read("favicon.ico")).isEqualTo("icon");
        assertThat(site.exists("layouts/_default/single.html")).isFalse();
        assertThat(site.exists("scss/main.scss")).isFalse();
        assertThat(site.exists("assets/scss/main.scss")).isFalse();
        assertThat(site.exists("readme/index.html")).isFalse();
        assertThat(site.exists("content/images/diagram.png")).isFalse();
    }

    @Test
    void linksToOtherPagesBySourceFileResolveWhereverThosePagesArePublished() {
        TestSite site = site()
                .file("site.yml", "title: T\nbase_url: https://t.example/blog/\ncontent_dir: content\npermalink: /:year/:slug/\n")
                .file("content/posts/2026-01-01-hello.md", "---\ntitle: Hello\n---\n## Part\n")
                .file("content/posts/trip/index.md", "---\ntitle: Trip\ndate: 2026-01-02\n---\n")
                .file("content/_posts/2010-07-21-old.md", "---\ntitle: Old\n---\nold\n")
                .file("content/posts/2026-01-03-links.md", "---\ntitle: Links\n---\n"
                        + "[a]({{< ref \"2026-01-01-hello.md\" >}}) [b]({{< relref \"/posts/2026-01-01-hello\" >}})"
                        + " [c]({{< ref \"2026-01-01-hello.md#part\" >}}) [d]({{< ref \"trip\" >}})"
                        + " [e]({% post_url 2010-07-21-old %}) [f]({{< ref \"nope.md\" >}})"
                        + " [g](@/posts/trip/index.md) [h](@/posts/2026-01-01-hello.md#part)\n");
        BuildReport report = site.build();
        Document links = Jsoup.parse(site.read("2026/links/index.html"));
        assertThat(links.select("article .content a, article a").eachAttr("href")).containsSubsequence(
                "https://t.example/blog/2026/hello/", "/blog/2026/hello/", "https://t.example/blog/2026/hello/#part",
                "https://t.example/blog/2026/trip/", "/blog/2010/old/", "#", "https://t.example/blog/2026/trip/",
                "https://t.example/blog/2026/hello/#part");
        assertThat(report.warnings()).extracting(Object::toString)
                .containsExactly("content/posts/2026-01-03-links.md: ref to 'nope.md' matches no published page");
        assertThat(site.read("feed.json")).contains("https://t.example/blog/2026/hello/").doesNotContain("colophon-ref:");
    }

    @Test
    void aJBakeSiteBuildsWithItsContentFolderAndAssetsFolder() {
        TestSite site = site()
                .file("site.yml", "title: T\nbase_url: https://t.example/\ncontent_dir: content\nstatic_dirs: [assets]\n")
                .file("jbake.properties", "site.host=https://t.example\n")
                .file("content/blog/2013/first.md", "title=First\ndate=2013-09-24\ntype=post\ntags=java\nstatus=published\n~~~~~~\n![](chart.png)\n")
                .file("content/blog/2013/chart.png", "chart")
                .file("content/about.md", "title=About\ntype=page\nstatus=published\n~~~~~~\nAbout.\n")
                .file("assets/css/site.css", "body {}")
                .file("templates/index.ftl", "<#-- FreeMarker -->");
        BuildReport report = site.build();

        assertThat(report.posts()).isEqualTo(1);
        assertThat(report.pages()).isEqualTo(1);
        assertThat(site.read("blog/2013/chart.png")).isEqualTo("chart");
        assertThat(site.read("css/site.css")).isEqualTo("body {}");
        assertThat(site.exists("jbake.properties")).isFalse();
        assertThat(site.exists("index.ftl")).isFalse();
    }

    @Test
    void aFileAmongTheContentThatClashesWithAStaticFileIsAnErrorNamingBoth() {
        TestSite site = site()
                .file("images/logo.png", "from the content")
                .file("static/images/logo.png", "from static/");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> assertThat(e.problems())
                .singleElement().satisfies(p -> assertThat(p.toString()).contains("publishes /images/logo.png")
                        .contains("static/images/logo.png").contains("rename or remove one of them")));
    }

    @Test
    void jekyllsFilePermalinksKeepOldUrlsWorking() {
        TestSite site = site()
                .file("site.yml", "title: T\nbase_url: https://t.example/\npermalink: /:year/:month/:day/:title.html\n")
                .file("_posts/2014-3-3-hello-world.md", "---\ntitle: Hello\ntags: jekyll update\n---\nHi.\n")
                .file("_posts/2014-3-4-second.md", "---\ntitle: Second\n---\n[back]({% post_url 2014-3-3-hello-world %})\n");
        site.build();
        assertThat(site.read("2014/03/03/hello-world.html")).contains("Hi.");
        assertThat(site.exists("tags/jekyll/index.html") && site.exists("tags/update/index.html")).isTrue(); // "a b" is two tags
        assertThat(site.read("2014/03/04/second.html")).contains("href=\"/2014/03/03/hello-world.html\"");
        assertThat(site.read("sitemap.xml")).contains("<loc>https://t.example/2014/03/03/hello-world.html</loc>");
        assertThat(site.read("index.html")).contains("href=\"/2014/03/04/second.html\"");
    }

    @Test
    void categoriesAreASecondTaxonomyWithPagesFeedsAndAnIndex() {
        TestSite site = site()
                .file("_posts/2026-01-01-a.md", "---\ntitle: A\ncategory: Travel\n---\n")
                .file("_posts/2026-01-02-b.md", "---\ntitle: B\ncategories: travel food\n---\n")
                .file("content.md", "---\ntitle: Plain page\n---\n");
        site.build();
        assertThat(Jsoup.parse(site.read("categories/travel/index.html")).select(".post-list a, article h2 a, h2 a").eachText())
                .contains("A", "B");
        assertThat(site.read("categories/food/index.html")).contains("B").doesNotContain(">A<");
        assertThat(site.read("categories/index.html")).contains("/categories/food/").contains("/categories/travel/");
        assertThat(site.read("categories/travel/atom.xml")).contains("<title>A</title>");
        assertThat(site.read("posts/b/index.html")).contains("<p class=\"categories\">In <a href=\"/categories/travel/\">travel</a>");
        assertThat(site.exists("tags/travel/index.html")).isFalse();
    }

    @Test
    void aSiteWithoutCategoriesHasNoCategoryPages() {
        site().file("posts/2026-01-01-a.md", "---\ntitle: A\ntags: [x]\n---\n").build();
        assertThat(new TestSite(tmp).exists("categories/index.html")).isFalse();
        assertThat(new TestSite(tmp).exists("tags/index.html")).isTrue();
    }

    @Test
    void jekyllDraftsAndUnpublishedPostsAppearOnlyWithDrafts() {
        TestSite site = site()
                .file("_posts/2026-01-01-out.md", "---\ntitle: Out\n---\nOut.\n")
                .file("_posts/2026-01-02-held.md", "---\ntitle: Held\npublished: false\n---\nHeld back.\n")
                .file("_drafts/idea.md", "---\ntitle: Idea\ndate: 2026-01-03\n---\nNot yet.\n");
        BuildReport published = site.build();
        assertThat(published.posts()).isEqualTo(1);
        assertThat(site.exists("posts/held/index.html")).isFalse();
        assertThat(site.exists("posts/idea/index.html")).isFalse();

        BuildReport withDrafts = site.build(true, false);
        assertThat(withDrafts.posts()).isEqualTo(3);
        assertThat(withDrafts.pages()).isZero();
        assertThat(site.read("posts/idea/index.html")).contains("Not yet.");
    }

    @Test
    void aContentFolderOutsideTheSiteIsAnError() {
        TestSite site = site().file("site.yml", "title: T\nbase_url: https://t.example/\ncontent_dir: ../elsewhere\n");
        assertThatThrownBy(site::build).isInstanceOf(ConfigException.class)
                .hasMessageContaining("content_dir").hasMessageContaining("a folder inside the site");
    }
}
