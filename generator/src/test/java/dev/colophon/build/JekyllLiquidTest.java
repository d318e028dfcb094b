package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.colophon.publish.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Liquid in a Jekyll site's content as Liquid runs it: whitespace control, the site's static files and collections, includes with a plugin's tag. */
class JekyllLiquidTest {
    @TempDir
    Path tmp;

    TestSite blog() {
        return new TestSite(tmp).without("site.yml")
                .file("_config.yml", "title: J\nurl: https://j.example\npermalink: /:year/:title/\n")
                .file("_posts/2024-01-02-alpha.md", "---\ntitle: Alpha\n---\nAlpha text.\n");
    }

    @Test
    void whitespaceControlTakesTheWhiteSpaceAndNewlinesOnItsSideAway() {
        TestSite site = blog().file("trim.html", """
                ---
                title: Trim
                ---
                <p class="output">[   {{- site.title -}}   ]</p>
                <p class="left">[ {{- site.title }} ]</p>
                <p class="tags">(
                  {%- if site.title -%}
                    yes
                  {%- endif -%}
                )</p>
                <p class="loop">{% for n in (1..3) -%}
                  {{ n }}
                {%- endfor %}</p>
                <p class="assign">{%- assign x = "a" -%}  {{- x -}}  </p>
                <p class="kept">[ {{ site.title }} ]</p>
                <p class="url">[ {%- post_url 2024-01-02-alpha -%} ]</p>
                """).file("_includes/pill.html", "<span class=\"pill\">\n  {{- include.label -}}\n</span>").file("pills.md", """
                ---
                title: Pills
                ---
                <p class="pills">{%- include pill.html label="one" -%}
                {%- include pill.html label="two" %}</p>
                """);
        BuildReport report = site.build();

        Document trim = Jsoup.parse(site.read("trim/index.html"));
        assertThat(trim.select("p.output").html()).isEqualTo("[J]");
        assertThat(trim.select("p.left").html()).isEqualTo("[J ]");
        assertThat(trim.select("p.tags").html()).isEqualTo("(yes)");
        assertThat(trim.select("p.loop").html()).isEqualTo("123");
        assertThat(trim.select("p.assign").html()).isEqualTo("a");
        assertThat(trim.select("p.kept").html()).isEqualTo("[ J ]");
        assertThat(trim.select("p.url").html()).isEqualTo("[/2024/alpha/]");
        Document pills = Jsoup.parse(site.read("pills/index.html"));
        assertThat(pills.select("p.pills").html()).isEqualTo("<span class=\"pill\">one</span><span class=\"pill\">two</span>");
        assertThat(report.warnings()).isEmpty();
    }

    TestSite paginated(String config) {
        TestSite site = new TestSite(tmp).without("site.yml")
                .file("_config.yml", "title: J\nurl: https://j.example\nbaseurl: /b\npermalink: /:year/:title/\npaginate: 2\n" + config);
        for (int i = 1; i <= 5; i++) {
            site.file("_posts/2024-01-0" + i + "-p" + i + ".md", "---\ntitle: P" + i + "\n---\nText " + i + ".\n");
        }
        return site.file("_posts/2024-02-01-secret.md", "---\ntitle: Secret\nhidden: true\n---\nHidden from the paginator.\n");
    }

    static final String NEWS = """
            ---
            title: News
            ---
            <ul>{% for post in paginator.posts %}<li>{{ post.title }}</li>{% endfor %}</ul>
            <p class="pager">{{ paginator.page }}/{{ paginator.total_pages }} of {{ paginator.total_posts }}, {{ paginator.per_page }} a page;
            prev {{ paginator.previous_page | default: "none" }} {{ paginator.previous_page_path | default: "none" }};
            next {{ paginator.next_page | default: "none" }} {{ paginator.next_page_path | relative_url | default: "none" }}</p>
            """;

    static String text(TestSite site, String path, String selector) {
        return Jsoup.parse(site.read(path)).select(selector).text();
    }

    @Test
    void theIndexThatPaginatePathNamesIsWrittenAsPagesOfPaginatePostsAsJekyllWritesThem() {
        TestSite site = paginated("paginate_path: /news/page:num/\n").file("news/index.html", NEWS);
        BuildReport report = site.build();

        assertThat(text(site, "news/index.html", "main li")).isEqualTo("P5 P4");
        assertThat(text(site, "news/index.html", "p.pager"))
                .isEqualTo("1/3 of 5, 2 a page; prev none none; next 2 /b/news/page2/");
        assertThat(text(site, "news/page2/index.html", "main li")).isEqualTo("P3 P2");
        assertThat(text(site, "news/page2/index.html", "p.pager"))
                .isEqualTo("2/3 of 5, 2 a page; prev 1 /news/; next 3 /b/news/page3/");
        assertThat(text(site, "news/page3/index.html", "main li")).isEqualTo("P1");
        assertThat(text(site, "news/page3/index.html", "p.pager"))
                .isEqualTo("3/3 of 5, 2 a page; prev 2 /news/page2/; next none none");
        assertThat(site.exists("news/page4/index.html")).isFalse();
        assertThat(report.warnings()).isEmpty(); // no approximation left to say
    }

    @Test
    void withoutPaginatePathTheHomePagesAreAtJekyllsPageNum() {
        TestSite site = paginated("");
        site.build();

        assertThat(site.exists("page2/index.html")).isTrue();
        assertThat(site.exists("page3/index.html")).isTrue();
        assertThat(site.exists("page/2/index.html")).isFalse();
        assertThat(site.read("index.html")).contains("href=\"/b/page2/\"");
    }

    @Test
    void aWarmBuildWritesThePagesAgainWhenAPostIsAddedAndThePreviewToo() throws Exception {
        TestSite site = paginated("paginate_path: /news/page:num\n").file("news/index.html", NEWS);
        BuildOptions options = new BuildOptions(site.root, site.output, false, false, null, GoldenSiteTest.JUNE_2026,
                site.root.resolve(".colophon"));
        new SiteBuilder(Progress.silent()).build(options);
        assertThat(site.exists("news/page4/index.html")).isFalse();
        assertThat(text(site, "news/page2/index.html", "p.pager")).endsWith("next 3 /b/news/page3"); // as paginate_path writes it

        site.file("_posts/2024-03-01-p6.md", "---\ntitle: P6\n---\nNew.\n");
        site.file("_posts/2024-03-02-p7.md", "---\ntitle: P7\n---\nNew.\n");
        new SiteBuilder(Progress.silent()).build(options);
        assertThat(text(site, "news/index.html", "main li")).isEqualTo("P7 P6");
        assertThat(text(site, "news/page4/index.html", "main li")).isEqualTo("P1");

        SiteSession session = SiteSession.open(options, RenderCache.scratch(), Progress.silent());
        Path p7 = site.root.resolve("_posts/2024-03-02-p7.md");
        Files.delete(p7);
        session.reload(List.of(p7));
        List<String> paths = session.plan().files().stream().map(f -> f.path()).filter(p -> p.startsWith("news/")).toList();
        assertThat(paths).contains("news/index.html", "news/page2/index.html", "news/page3/index.html")
                .doesNotContain("news/page4/index.html");
    }

    @Test
    void staticFilesAndCollectionsAreListsOfJekyllsObjects() {
        TestSite site = blog()
                .file("_config.yml", "title: J\nurl: https://j.example\npermalink: /:year/:title/\n"
                        + "collections:\n  projects:\n    output: true\n    permalink: /p/:name/\n")
                .file("_projects/loom.md", "---\ntitle: Loom\n---\nA project.\n")
                .file("assets/img/a.png", "png")
                .file("assets/site.css", "css")
                .file("files.md", """
                        ---
                        title: Files
                        ---
                        <ul class="static">{% for file in site.static_files %}<li>{{ file.path }} {{ file.name }} {{ file.basename }} {{ file.extname }} {{ file.collection | default: "nil" }} {{ file.modified_time | date: "%Y" }}</li>{% endfor %}</ul>
                        <ul class="collections">{% for c in site.collections %}<li>{{ c.label }} {{ c.docs.size }} {{ c.relative_directory }} {{ c.output }} {{ c.docs.first.title }}</li>{% endfor %}</ul>
                        {% assign projects = site.collections | where: "label", "projects" | first %}
                        <p class="where">{{ projects.permalink }} {{ site.static_files | where: "extname", ".png" | map: "path" | join: "," }}</p>
                        """);
        BuildReport report = site.build();

        Document files = Jsoup.parse(site.read("files/index.html"));
        String year = String.valueOf(java.time.Year.now().getValue()); // the files were written just now
        assertThat(files.select("ul.static li").eachText()).containsExactly(
                "/assets/img/a.png a.png a .png nil " + year, "/assets/site.css site.css site .css nil " + year);
        assertThat(files.select("ul.collections li").eachText()).containsExactly("posts 1 _posts true Alpha",
                "projects 1 _projects true Loom");
        assertThat(files.select("p.where").text()).isEqualTo("/p/:name/ /assets/img/a.png");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void anIncludeWithAPluginsTagIsWrittenWithoutThatTagAloneAndTheWarningNamesTheIncludeAndLine() {
        TestSite site = blog()
                .file("_includes/news_item.html", """
                        <div class="item">
                          <h3>{{ include.title }}</h3>
                          {% avatar user=include.author
                             size=24 -%}
                          <p class="by">By {{ include.author }}</p>
                        </div>
                        """)
                .file("news.md", """
                        ---
                        title: News
                        ---
                        {% for post in site.posts %}
                        {% include news_item.html title=post.title author="ada" %}
                        {% endfor %}
                        """);
        BuildReport report = site.build();

        Document news = Jsoup.parse(site.read("news/index.html"));
        assertThat(news.select("main .item h3").eachText()).containsExactly("Alpha");
        assertThat(news.select("main .item p.by").eachText()).containsExactly("By ada");
        assertThat(site.read("news/index.html")).contains("(see the build's warnings) --><p class=\"by\">");
        assertThat(news.select("main .content").html()).contains("<!-- not converted: avatar (see the build's warnings) -->")
                .doesNotContain("{%");
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file().toString()).isEqualTo("news.md");
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.kind()).isEqualTo("approximated");
            assertThat(w.message()).contains("writes without {% avatar user=include.author size=24 %} of _includes/news_item.html (line 3)");
            // what follows the tag's -%} joins its line, as Liquid writes it
        });
    }
}
