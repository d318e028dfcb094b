package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Jekyll sites carry beyond their posts: front matter defaults, permalink rules, data files and Liquid logic. */
class JekyllMigrationTest {
    @TempDir
    Path tmp;

    TestSite jekyllSite(String config) {
        return new TestSite(tmp).without("site.yml").file("_config.yml", "title: J\nurl: https://j.example\n" + config);
    }

    @Test
    void filesAtTheTopOfTheSiteAreCopiedAsJekyllCopiesThem() {
        TestSite site = jekyllSite("exclude: [notes.txt]\n")
                .file("CNAME", "blog.j.example\n")
                .file("google0123abcd.html", "google-site-verification: google0123abcd.html")
                .file("favicon.svg", "<svg id=\"mine\"/>") // the theme has one too: the site's wins
                .file("feed.xml", "---\nlayout: null\n---\n<feed>{{ site.title }}</feed>\n") // a Liquid template: Colophon's feed instead
                .file("notes.txt", "excluded")
                .file("Gemfile", "source 'https://rubygems.org'\n")
                .file("about.html", "---\ntitle: About\n---\n<p>About me.</p>\n")
                .file("_posts/2024-01-02-hello.md", "---\ntitle: Hello\n---\nHi.\n");
        BuildReport report = site.build();

        assertThat(site.read("CNAME")).isEqualTo("blog.j.example\n");
        assertThat(site.read("google0123abcd.html")).isEqualTo("google-site-verification: google0123abcd.html");
        assertThat(site.read("favicon.svg")).isEqualTo("<svg id=\"mine\"/>");
        assertThat(site.read("feed.xml")).doesNotContain("{{").contains("Hello");
        assertThat(site.exists("notes.txt")).isFalse();
        assertThat(site.exists("Gemfile")).isFalse();
        assertThat(site.exists("_config.yml")).isFalse();
        assertThat(site.read("about.html")).contains("About me.").doesNotContain("title: About"); // a page, as before
        assertThat(report.warnings()).extracting(Object::toString).noneMatch(w -> w.contains("CNAME") || w.contains("google"));
    }

    @Test
    void frontMatterDefaultsApplyByPathAndTypeUnderTheFilesOwnFrontMatter() {
        TestSite site = jekyllSite("""
                permalink: /en/:title/
                defaults:
                  - scope: {path: ""}
                    values: {author: Site Author}
                  - scope: {path: "", type: posts}
                    values: {author: Post Author, tags: [defaulted]}
                  - scope: {path: "_posts/travel"}
                    values: {permalink: "/trips/:year/:title/"}
                  - scope: {path: legacy, type: pages}
                    values: {permalink: "/old/:basename"}
                """)
                .file("_posts/2024-01-02-hello.md", "---\ntitle: Hello\n---\nHi.\n")
                .file("_posts/travel/2024-02-03-rome.md", "---\ntitle: Rome\n---\nTrip.\n")
                .file("_posts/2024-03-04-own.md", "---\ntitle: Own\nauthor: Me\ntags: [mine]\n---\nMine.\n")
                .file("legacy/page.md", "---\ntitle: Old page\n---\nKept.\n")
                .file("about.md", "---\ntitle: About\n---\nAbout.\n");
        site.build();

        assertThat(site.exists("en/hello/index.html")).isTrue();
        assertThat(site.exists("trips/2024/rome/index.html")).isTrue(); // the longer path's permalink wins
        assertThat(site.exists("old/page.html")).isTrue(); // /old/:basename, written without an ending, is a .html file
        assertThat(site.exists("about/index.html")).isTrue(); // pages keep the style's trailing slash
        String feed = site.read("feed.xml");
        assertThat(feed).contains("<name>Post Author</name>").contains("<name>Me</name>").doesNotContain("Site Author");
        assertThat(site.read("tags/defaulted/index.html")).contains("Hello").contains("Rome").doesNotContain("Own");
        assertThat(site.exists("tags/mine/index.html")).isTrue(); // the file's own tags replace the default's
    }

    @Test
    void collectionsAndPagesTakeTheirEndingFromACustomPermalinkStyleAsJekyllDoes() {
        TestSite site = jekyllSite("""
                permalink: /blog/:title/
                collections:
                  cn:
                    output: true
                  notes:
                    output: true
                    permalink: /notes/:name
                """)
                .file("_cn/hello-world.md", "---\ntitle: 你好\n---\nText.\n")
                .file("_notes/idea.md", "---\ntitle: Idea\n---\nText.\n")
                .file("_cn/2023-01-31-dated.md", "---\ntitle: Dated\n---\nText.\n")
                .file("categories/web.md", "---\ntitle: Web\npermalink: categories/web\n---\nPosts about the web.\n")
                .file("_posts/2024-01-02-a.md", "---\ntitle: A\ncategories: [web]\n---\nA.\n");
        BuildReport report = site.build();

        assertThat(site.exists("cn/hello-world/index.html")).isTrue(); // /:collection/:path/ after a style ending in /
        assertThat(site.exists("notes/idea.html")).isTrue();
        assertThat(site.exists("cn/2023-01-31-dated/index.html")).isTrue(); // :path keeps the date in the file's name
        assertThat(site.read("categories/web.html")).contains("Posts about the web.");
        assertThat(site.exists("categories/web/index.html")).isTrue(); // Colophon's own category page, beside it
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void dataFilesAndLiquidLogicInContentRunAndWhatNeedsTheWholeSiteIsAWarningNeverText() {
        TestSite site = jekyllSite("")
                .file("_data/menu.yml", "items:\n  - name: One\n  - name: Two\n  - name: Three\n")
                .file("_data/team/people.csv", "name,role\nAda,author\nBob,editor\n")
                .file("_posts/2024-01-02-logic.md", """
                        ---
                        title: Logic
                        show_list: true
                        kind: aside
                        ---
                        {% assign greeting = "hello" | upcase %}
                        {% capture who %}{{ page.title }} readers{% endcapture %}
                        {{ greeting }}, {{ who }}!

                        {% if page.show_list and site.data.menu.items.size > 2 %}
                        {% for item in site.data.menu.items limit: 2 %}
                        - {{ forloop.index }}: {{ item.name }}{% if forloop.last %} (last){% endif %}
                        {% endfor %}
                        {% else %}
                        No list.
                        {% endif %}

                        {% unless page.secret %}Public.{% endunless %} {% case page.kind %}{% when "note", "aside" %}A note.{% else %}Other.{% endcase %}
                        {% comment %}Not shown.{% endcomment %}
                        {% for person in site.data.team.people %}{% if person.role == "editor" %}Edited by {{ person.name }}.{% endif %}{% endfor %}

                        {% for post in featured.posts limit: 3 %}
                        * [{{ post.title }}]({{ post.url }})
                        {% endfor %}

                        `{% if x %}` stays in code, and {% include missing.html %} is a warning.
                        """);
        BuildReport report = site.build();

        org.jsoup.nodes.Document post = org.jsoup.Jsoup.parse(site.read("2024/01/02/logic.html"));
        String text = post.select("main .content").text();
        assertThat(text).contains("HELLO, Logic readers!", "Public.", "A note.", "Edited by Bob.")
                .doesNotContain("No list", "Not shown", "Other.", "Ada");
        assertThat(post.select("main li").eachText()).containsExactly("1: One", "2: Two (last)");
        assertThat(post.select("code").eachText()).contains("{% if x %}");
        assertThat(report.warnings()).extracting(w -> w.file() + ":" + w.line() + " " + w.kind())
                .containsExactlyInAnyOrder("_posts/2024-01-02-logic.md:22 liquid", "_posts/2024-01-02-logic.md:26 liquid");
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message())
                .startsWith("{% for post in featured.posts limit: 3 %} is left out: it needs 'featured.posts'"));
        post.select("pre, code").remove();
        assertThat(post.body().html()).doesNotContain("{% for").doesNotContain("{{ post").doesNotContain("{% if");
    }

    @Test
    void tagsOverSeveralLinesInHtmlBlocksLinksAndSeoTagsLeaveNoTemplateSyntaxAndRawTextIsNotResidue() {
        TestSite site = jekyllSite("")
                .file("templates/shortcodes/card.peb", "<p class=\"card\">{{ include.title }}</p>")
                .file("_posts/2024-01-02-target.md", "---\ntitle: Target\n---\nThe target.\n")
                .file("docs/guide.md", "---\ntitle: Guide\n---\nA guide.\n")
                .file("_posts/2024-03-04-tags.md", """
                        ---
                        title: Tags
                        ver: "4.0"
                        ---
                        {% seo %}
                        <div class="cards">
                          <section>
                            {%- include card.html
                                       title='Spread over lines'
                            -%}
                            {% include list.html
                                       articles=site.posts %}
                          </section>
                        </div>

                        See [the target]({% link
                        _posts/2024-01-02-target.md %}) and [the guide]({% link docs/guide.md %}).

                        Write {% raw %}{% seo %}{% endraw %} before `</head>`:

                        Print {% raw %}{{ page.title }}{% endraw %} as it is.

                        <!-- {% raw %} -->
                        {% seo %}
                        <!-- {% endraw %} -->

                        Since {% include badge.html version="3.2" %} and {% include badge.html version=page.ver note='new' %}.

                        {% include latest.html %}
                        """)
                .file("_includes/badge.html", "<span class=\"badge\">{{ include.version }}{% if include.note %} ({{ include.note }}){% endif %}"
                        + "{% include icon.html %}</span>\n")
                .file("_includes/icon.html", "<i title=\"{{ site.title }}\"></i>")
                .file("_includes/latest.html", "<ul class=\"latest\">{% for post in site.posts limit: 3 %}<li>{{ post.title }}</li>{% endfor %}</ul>");
        BuildReport report = site.build();

        org.jsoup.nodes.Document post = org.jsoup.Jsoup.parse(site.read("2024/03/04/tags.html"));
        assertThat(post.select(".cards .card").text()).isEqualTo("Spread over lines");
        assertThat(post.select("main a").eachAttr("href")).contains("/2024/01/02/target.html", "/docs/guide.html");
        assertThat(post.select("main .content").text()).contains("Write {% seo %} before </head>")
                .contains("Print {{ page.title }} as it is."); // not "{}": kramdown's attributes do not take { page.title } from raw text
        assertThat(post.select("main .content").html()).doesNotContain("seo-tag").doesNotContain("{% include list.html")
                .contains("<!-- not converted: include list.html (see the build's warnings) -->");
        // the include with no template is a warning with its first line, leaving only a comment; nothing else is, the raw text is no residue
        // Jekyll's own _includes/ run as Jekyll runs them, parameters and nested includes too
        assertThat(post.select("main .content .badge").eachText()).containsExactly("3.2", "4.0 (new)");
        assertThat(post.select("main .content .badge i").eachAttr("title")).containsExactly("J", "J");
        assertThat(post.select("main .content ul.latest li").eachText()).containsExactly("Tags", "Target"); // site.posts, newest first
        // -%} joins the lines after it to the <section> line, as Liquid does: the warning names where that line starts
        assertThat(report.warnings()).extracting(w -> w.file() + ":" + w.line() + " " + w.kind())
                .containsExactlyInAnyOrder("_posts/2024-03-04-tags.md:7 liquid");
    }
    @Test
    void includesShareThePagesVariablesLookUpKeysByVariableAndPortsSeeParametersByValue() {
        TestSite site = jekyllSite("lang: en\n")
                .file("_data/locale.yml", "en:\n  READMORE: Read more\nfr:\n  READMORE: Lire la suite\n")
                // a theme's pattern (jekyll-TeXt's): an include hands its answer back in __return
                .file("_includes/snippets/get-locale-string.html", """
                        {%- assign _lang = page.lang | default: site.lang -%}
                        {%- assign _local_lang = site.data.locale[_lang] -%}
                        {%- if _local_lang[include.key] -%}
                          {%- assign __return = _local_lang[include.key] -%}
                        {%- else -%}
                          {%- assign __return = site.data.locale.en[include.key] -%}
                        {%- endif -%}
                        """)
                .file("_includes/readmore.html", """
                        {%- include snippets/get-locale-string.html
                              key='READMORE' -%}
                        {%- assign _label = __return -%}
                        <a class="readmore" href="{{ include.href }}" title="{{ page.title }}">{{ _label }}</a>
                        """)
                .file("_includes/list.html", "<ul class=\"list\">{% for a in include.articles %}<li>{{ a.title }}</li>{% endfor %}</ul>\n")
                .file("templates/shortcodes/byline.peb",
                        "<p class=\"byline\">{{ page.title }} by {{ include.who }} on {{ site.title }}: {{ site.data.locale[include.lang].READMORE }}</p>")
                .file("_posts/2024-05-06-french.md", """
                        ---
                        title: Ported
                        author: Ada
                        lang: fr
                        ---
                        {% include readmore.html href="/next/" %}

                        {% include byline.html who=page.author lang="fr" %}

                        {% include list.html articles=featured.posts %}
                        """)
                .file("_posts/2024-05-07-german.md", "---\ntitle: German\nlang: de\n---\n{% include readmore.html href=\"/de/\" %}\n");
        BuildReport report = site.build();

        org.jsoup.nodes.Document french = org.jsoup.Jsoup.parse(site.read("2024/05/06/french.html"));
        assertThat(french.select("main a.readmore").text()).isEqualTo("Lire la suite");
        assertThat(french.select("main a.readmore").attr("href")).isEqualTo("/next/");
        assertThat(french.select("main a.readmore").attr("title")).isEqualTo("Ported");
        assertThat(french.select("main p.byline").text()).isEqualTo("Ported by Ada on J: Lire la suite");
        assertThat(french.select("main ul.list li")).isEmpty();
        // a locale the data has not: the include's own fallback, as Jekyll runs it
        org.jsoup.nodes.Document german = org.jsoup.Jsoup.parse(site.read("2024/05/07/german.html"));
        assertThat(german.select("main a.readmore").text()).isEqualTo("Read more");
        // the one thing content cannot know is said, with its line: never an empty list in silence
        assertThat(report.warnings()).extracting(w -> w.file() + ":" + w.line() + " " + w.kind())
                .containsExactly("_posts/2024-05-06-french.md:10 approximated");
        assertThat(report.warnings().get(0).message()).contains("its parameter articles=featured.posts is left out: it needs 'featured.posts'");
        assertThat(french.body().html()).doesNotContain("{%").doesNotContain("{{");
    }

    @Test
    void anIncludeInAPostsOwnLoopSeesTheLoopsVariableAndWhatThePostAssignsAndThePostSeesWhatItAssigns() {
        TestSite site = jekyllSite("")
                .file("_data/repositories.yml", "github_users: [ada]\ngithub_repos: [ada/engine, bob/loom]\n")
                // al-folio's repositories page, as felidsche's blog has it
                .file("_includes/repository/repo.html", """
                        {% assign repo_url = include.repository | split: '/' %}
                        {% if site.data.repositories.github_users contains repo_url.first %}
                          {% assign show_owner = false %}
                        {% else %}
                          {% assign show_owner = true %}
                        {% endif %}

                        <div class="repo">
                          <a href="https://github.com/{{ include.repository }}" data-owner="{{ show_owner }}">{{ repo_url[1] }}</a>

                          <span class="n">{{ forloop.index }} {{ label }}</span>
                        </div>
                        """)
                .file("_includes/count.html", "{% assign counted = counted | plus: 1 %}")
                .file("templates/shortcodes/badge.peb", "<b class=\"badge\">{{ include.n }} {{ label }}</b>")
                .file("repositories.md", """
                        ---
                        title: Repositories
                        permalink: /repositories/
                        ---
                        {% assign label = "repo" %}
                        {% assign counted = 0 %}
                        {% if site.data.repositories.github_repos %}
                        <div class="repositories">
                          {% for repo in site.data.repositories.github_repos %}
                            {% include repository/repo.html repository=repo %}
                            {% include count.html %}
                          {% endfor %}
                        </div>
                        {% endif %}

                        {% for n in (1..2) %}{% include badge.html n=n %}{% endfor %}

                        Counted {{ counted }}.
                        """);
        BuildReport report = site.build();

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.read("repositories/index.html"));
        // the loop's variable reaches the include as a parameter, and the include sees forloop and the page's label itself
        assertThat(page.select("main .repo a").eachText()).containsExactly("engine", "loom");
        assertThat(page.select("main .repo a").eachAttr("href")).containsExactly("https://github.com/ada/engine", "https://github.com/bob/loom");
        assertThat(page.select("main .repo a").eachAttr("data-owner")).containsExactly("false", "true");
        assertThat(page.select("main .repo .n").eachText()).containsExactly("1 repo", "2 repo");
        // a port sees them too, and what an include assigns is the page's after it
        assertThat(page.select("main b.badge").eachText()).containsExactly("1 repo", "2 repo");
        assertThat(page.select("main .content").text()).contains("Counted 2.");
        assertThat(page.select("main pre, main code")).isEmpty(); // the indented include is HTML, not a code block
        assertThat(report.warnings()).isEmpty();
        assertThat(page.body().html()).doesNotContain("{%").doesNotContain("{{");
    }

    @Test
    void aWarningThatALoopRepeatsIsOneWarningWithItsLine() {
        TestSite site = jekyllSite("")
                .file("_includes/latest.html", "<ul>{% for file in featured.files limit: 3 %}<li>{{ file.path }}</li>{% endfor %}</ul>\n")
                .file("_posts/2024-05-06-loop.md", """
                        ---
                        title: Loop
                        ---
                        {% for n in (1..3) %}
                        {% include latest.html %}
                        {% include list.html articles=site.posts %}
                        {% endfor %}
                        """);
        BuildReport report = site.build();

        assertThat(report.warnings()).extracting(w -> w.file() + ":" + w.line() + " " + w.kind())
                .containsExactlyInAnyOrder("_posts/2024-05-06-loop.md:5 approximated", "_posts/2024-05-06-loop.md:6 liquid");
    }
}
