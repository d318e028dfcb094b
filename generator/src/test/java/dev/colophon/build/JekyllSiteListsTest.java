package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.publish.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liquid in a Jekyll site's content that lists the site: site.posts, site.tags, site.pages, the paginator, and the logic over them. */
class JekyllSiteListsTest {
    @TempDir
    Path tmp;

    TestSite blog() {
        return new TestSite(tmp).without("site.yml")
                .file("_config.yml", "title: J\nurl: https://j.example\nbaseurl: /blog\npermalink: /:year/:title/\n")
                .file("_posts/2024-01-02-alpha.md", "---\ntitle: Alpha\ntags: [java]\ncategories: [web]\n---\nFirst words of alpha.\n")
                .file("_posts/2024-03-04-beta.md", "---\ntitle: Beta\ntags: [java, go]\n---\nBeta text.\n")
                .file("_posts/2025-05-06-gamma.md", "---\ntitle: Gamma\ntags: [go]\ncategories: [web]\n---\nGamma text.\n")
                .file("_posts/2025-07-08-delta.md", "---\ntitle: Delta\n---\nDelta text here.\n")
                .file("about.md", "---\ntitle: About\n---\nAbout me.\n");
    }

    static Document page(TestSite site, String path) {
        Document doc = Jsoup.parse(site.read(path));
        return doc;
    }

    static void assertNoTemplateSyntax(Document doc) {
        doc.select("pre, code").remove();
        assertThat(doc.body().html()).doesNotContain("{%").doesNotContain("{{");
    }

    @Test
    void aPageListsThePostsWithLoopParametersForloopAndThePostsFields() {
        TestSite site = blog().file("writing.md", """
                ---
                title: Writing
                ---
                {% for post in site.posts limit: 2 offset: 1 %}
                - {{ forloop.index }}/{{ forloop.length }} [{{ post.title }}]({{ post.url | relative_url }}) {{ post.date | date: "%b %-d, %Y" }}{% if forloop.first %} first{% endif %}{% if forloop.last %} last{% endif %}
                {% endfor %}

                <p class="reversed">{% for post in site.posts reversed %}{{ post.title }}{% unless forloop.last %}, {% endunless %}{% endfor %}</p>
                <p class="tags">{% for tag in site.tags %}{{ tag[0] }} ({{ tag[1].size }}: {{ tag[1] | map: "title" | join: "+" }}) {% endfor %}</p>
                <p class="web">{% for post in site.categories.web %}{{ post.title }} {% endfor %}</p>
                <p class="pages">{% for p in site.pages %}{{ p.title }}={{ p.url }} {% endfor %}</p>
                <p class="excerpt">{{ site.posts.first.excerpt | strip_html | strip }}</p>
                <p class="words">{{ site.posts.last.content | strip_html | number_of_words }} {{ site.posts | size }} {{ site.time | date: "%Y" }}</p>
                <p class="trim">{% for post in site.posts limit: 1 %}{{- post.title | downcase -}}{% endfor %} {{- site.title | upcase -}}</p>
                <p class="xml">{{ site.posts[1].date | date_to_xmlschema }} {{ site.posts[1].date | date_to_string }} {{ site.posts[1].title | slugify }}</p>
                """);
        BuildReport report = site.build();

        Document archive = page(site, "writing/index.html");
        assertThat(archive.select("main li").eachText()).containsExactly("1/2 Gamma May 6, 2025 first", "2/2 Beta Mar 4, 2024 last");
        assertThat(archive.select("main li a").eachAttr("href")).containsExactly("/blog/2025/gamma/", "/blog/2024/beta/");
        assertThat(archive.select("p.reversed").text()).isEqualTo("Alpha, Beta, Gamma, Delta");
        // names in the order Jekyll meets them (oldest post first), each name's posts newest first
        assertThat(archive.select("p.tags").text()).isEqualTo("java (2: Beta+Alpha) go (2: Gamma+Beta)");
        assertThat(archive.select("p.web").text()).isEqualTo("Gamma Alpha");
        assertThat(archive.select("p.pages").text()).contains("About=/about/").contains("Writing=/writing/");
        assertThat(archive.select("p.excerpt").text()).isEqualTo("Delta text here.");
        assertThat(archive.select("p.words").text()).isEqualTo("4 4 2026");
        assertThat(archive.select("p.trim").text()).isEqualTo("deltaJ"); // a filter before -}} runs, and the space between goes
        assertThat(archive.select("p.xml").text()).startsWith("2025-05-06T00:00:00").endsWith("06 May 2025 gamma");
        assertNoTemplateSyntax(archive);
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void loopControlCycleTablerowAndTheArrayFiltersRunOverThePosts() {
        TestSite site = blog().file("lists.html", """
                ---
                title: Lists
                ---
                <p class="control">{% for post in site.posts %}{% if post.title == "Gamma" %}{% continue %}{% endif %}{% if forloop.index > 3 %}{% break %}{% endif %}<span class="{% cycle 'odd', 'even' %}">{{ post.title }}</span>{% endfor %}</p>
                <table>{% tablerow post in site.posts cols: 3 %}{{ post.title }}{% endtablerow %}</table>
                <p class="years">{% assign years = site.posts | group_by_exp: "post", "post.date | date: '%Y'" %}{% for year in years %}{{ year.name }}: {{ year.items | map: "title" | join: "," }}; {% endfor %}</p>
                <p class="where">{{ site.posts | where: "tags", "go" | map: "title" | join: "," }} / {{ site.posts | where_exp: "post", "post.title contains 'l'" | map: "title" | join: "," }}</p>
                <p class="sort">{{ site.posts | sort: "title" | map: "title" | join: "," }} / {{ site.posts | map: "title" | push: "Omega" | last }}</p>
                <p class="group">{% assign groups = site.posts | group_by: "categories" %}{{ groups | size }}</p>
                <p class="sample">{% assign one = site.posts | sample %}{% if site.posts contains one %}sampled{% endif %}</p>
                <p class="more">{{ site.posts | map: "title" | slice: 1, 2 | array_to_sentence_string }}; {{ "https://x" | slice: 0, 8 }}; {{ site.posts | map: "title" | slice: -1 | first }} {{ ":tada:" | emojify }}</p>
                """);
        BuildReport report = site.build();

        Document lists = page(site, "lists/index.html");
        assertThat(lists.select("p.control span").eachText()).containsExactly("Delta", "Beta");
        assertThat(lists.select("p.control span").eachAttr("class")).containsExactly("odd", "even");
        assertThat(lists.select("tr")).hasSize(2);
        assertThat(lists.select("tr.row1 td").eachText()).containsExactly("Delta", "Gamma", "Beta");
        assertThat(lists.select("tr.row2 td.col1").text()).isEqualTo("Alpha");
        assertThat(lists.select("p.years").text()).isEqualTo("2025: Delta,Gamma; 2024: Beta,Alpha;");
        assertThat(lists.select("p.where").text()).isEqualTo("Gamma,Beta / Delta,Alpha");
        assertThat(lists.select("p.sort").text()).isEqualTo("Alpha,Beta,Delta,Gamma / Omega");
        assertThat(lists.select("p.group").text()).isEqualTo("2"); // [web] and []
        assertThat(lists.select("p.sample").text()).isEqualTo("sampled");
        assertThat(lists.select("p.more").text()).isEqualTo("Gamma and Beta; https://; Alpha 🎉");
        assertNoTemplateSyntax(lists);
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void aPaginatorListsEveryPostOnOnePageAndIsReportedAsApproximated() {
        TestSite site = blog().file("news/index.html", """
                ---
                title: News
                ---
                <ul>{% for post in paginator.posts %}<li>{{ post.title }}</li>{% endfor %}</ul>
                <p class="pages">Page {{ paginator.page }} of {{ paginator.total_pages }}{% if paginator.next_page_path %} next{% endif %}{% if paginator.previous_page %} previous{% endif %}</p>
                """);
        BuildReport report = site.build();

        Document news = page(site, "news/index.html");
        assertThat(news.select("main li").eachText()).containsExactly("Delta", "Gamma", "Beta", "Alpha");
        assertThat(news.select("p.pages").text()).isEqualTo("Page 1 of 1");
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("approximated");
            assertThat(w.file().toString()).isEqualTo("news/index.html");
            assertThat(w.message()).startsWith("paginator is approximated: this page lists all the site's posts on one page");
        });
    }

    @Test
    void aPaginatorOrTheSitesListsShownInCodeOrRawTextAreLeftAsWrittenAndNotReported() {
        TestSite site = blog().file("docs.md", """
                ---
                title: Docs
                ---
                {% assign shown = "yes" %}
                ```liquid
                {{ paginator.page }} of {{ site.title }}, {{ shown }}
                ```

                {% raw %}
                <p>{{ paginator.total_pages }}</p>
                {% endraw %}

                Shown: {{ shown }}.
                """);
        BuildReport report = site.build();

        Document docs = page(site, "docs/index.html");
        assertThat(docs.select("pre code").text()).isEqualTo("{{ paginator.page }} of {{ site.title }}, {{ shown }}");
        assertThat(docs.select("main .content").text()).contains("{{ paginator.total_pages }}")
                .contains("Shown: yes.");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void whatTheListsCannotKnowIsStillAWarningAndAPostsOwnRelatedPostsLeaveItOut() {
        TestSite site = blog().file("_posts/2025-08-09-epsilon.md", """
                ---
                title: Epsilon
                ---
                Related: {% for post in site.related_posts limit: 2 %}{{ post.title }} {% endfor %}

                {% for file in featured.files %}{{ file.path }}{% endfor %}
                """);
        BuildReport report = site.build();

        Document post = page(site, "2025/epsilon/index.html");
        assertThat(post.select("main .content").text()).contains("Related: Delta Gamma").doesNotContain("Epsilon Delta");
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("liquid");
            assertThat(w.line()).isEqualTo(6);
            assertThat(w.message()).contains("featured.files");
        });
        assertNoTemplateSyntax(post);
    }

    @Test
    void aWarmBuildRendersAListingPageAgainWhenAPostChangesAndOnlyThen() throws Exception {
        TestSite site = blog().file("list.md", "---\ntitle: List\n---\n{% for post in site.posts %}\n- {{ post.title }}\n{% endfor %}\n");
        BuildOptions options = new BuildOptions(site.root, site.output, false, false, null, GoldenSiteTest.JUNE_2026,
                site.root.resolve(".colophon"));
        new SiteBuilder(Progress.silent()).build(options);
        Object archive = Files.getAttribute(site.output.resolve("list/index.html"), "unix:ino");
        Object about = Files.getAttribute(site.output.resolve("about/index.html"), "unix:ino");

        BuildReport unchanged = new SiteBuilder(Progress.silent()).build(options);
        assertThat(unchanged.rendered()).isZero();
        assertThat(Files.getAttribute(site.output.resolve("list/index.html"), "unix:ino")).isEqualTo(archive);

        site.file("_posts/2024-03-04-beta.md", "---\ntitle: Beta renamed\n---\nBeta text.\n");
        new SiteBuilder(Progress.silent()).build(options);
        assertThat(page(site, "list/index.html").select("main li").eachText()).containsExactly("Delta", "Gamma", "Beta renamed", "Alpha");
        assertThat(Files.getAttribute(site.output.resolve("about/index.html"), "unix:ino")).isEqualTo(about); // lists nothing

        site.file("_posts/2025-09-10-zeta.md", "---\ntitle: Zeta\n---\nNew.\n");
        new SiteBuilder(Progress.silent()).build(options);
        assertThat(page(site, "list/index.html").select("main li").eachText())
                .containsExactly("Zeta", "Delta", "Gamma", "Beta renamed", "Alpha");
    }

    @Test
    void thePreviewRendersAListingPageAgainWhenAPostIsAddedOrRemoved() throws Exception {
        TestSite site = blog().file("list.md", "---\ntitle: List\n---\n{{ site.posts | map: \"title\" | join: \", \" }}\n");
        BuildOptions options = new BuildOptions(site.root, site.output, false, false, null, GoldenSiteTest.JUNE_2026);
        SiteSession session = SiteSession.open(options, RenderCache.scratch(), Progress.silent());
        assertThat(archiveText(session)).contains("Delta, Gamma, Beta, Alpha");

        Path zeta = site.root.resolve("_posts/2025-09-10-zeta.md");
        site.file("_posts/2025-09-10-zeta.md", "---\ntitle: Zeta\n---\nNew.\n");
        session.reload(java.util.List.of(zeta));
        assertThat(archiveText(session)).contains("Zeta, Delta, Gamma, Beta, Alpha");

        Files.delete(site.root.resolve("_posts/2024-01-02-alpha.md"));
        session.reload(java.util.List.of(site.root.resolve("_posts/2024-01-02-alpha.md")));
        assertThat(archiveText(session)).contains("Zeta, Delta, Gamma, Beta").doesNotContain("Alpha");
    }

    private static String archiveText(SiteSession session) {
        return session.plan().files().stream().filter(f -> f.path().equals("list/index.html")).findFirst()
                .map(f -> new String(f.content().get(), java.nio.charset.StandardCharsets.UTF_8)).map(html -> Jsoup.parse(html)
                        .select("main .content").text()).orElseThrow();
    }
}
