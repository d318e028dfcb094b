package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.colophon.config.ConfigException;
import dev.colophon.content.BuildException;
import dev.colophon.config.Problem;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
    @TempDir
    Path tmp;

    TestSite site() {
        return new TestSite(tmp);
    }

    @Test
    void brokenFrontMatterNamesFileAndLineAndLeavesPublishedSiteUntouched() throws Exception {
        TestSite site = site().file("posts/2026-01-01-ok.md", "---\ntitle: OK\n---\nfine\n");
        site.build();
        String before = site.read("posts/ok/index.html");

        site.file("posts/2026-01-02-bad.md", "---\ntitle: Bad\ntags: [unclosed\n---\nbody\n");
        assertThatThrownBy(site::build)
                .isInstanceOfSatisfying(BuildException.class, e -> {
                    Problem problem = e.problems().get(0);
                    assertThat(problem.file()).isEqualTo(Path.of("posts/2026-01-02-bad.md"));
                    assertThat(problem.line()).isBetween(3, 5);
                    assertThat(problem.message()).contains("invalid YAML");
                });
        assertThat(site.read("posts/ok/index.html")).isEqualTo(before);
        assertThat(site.exists("posts/bad/index.html")).isFalse();
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "out");
        }
    }

    @Test
    void badDateAndWrongFieldTypesAreReportedTogetherWithTheirLines() {
        TestSite site = site().file("posts/p.md", "---\ntitle: P\ndate: last tuesday\ndraft: maybe\ntags: {a: 1}\n---\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e ->
                assertThat(e.problems()).extracting(Problem::line, Problem::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "'date' must be a date like 2024-05-31, 2024-05-31 14:30 or 2024-05-31T14:30:00+02:00 (got 'last tuesday')"),
                        org.assertj.core.groups.Tuple.tuple(4, "'draft' must be true or false"),
                        org.assertj.core.groups.Tuple.tuple(5, "'tags' must be a list of text values, e.g. [java, web]")));
    }

    @Test
    void frontMatterBeyondTheParsersLimitsIsAnErrorNamingTheFile() {
        TestSite site = site()
                .file("posts/2026-01-01-deep.md", "---\ntitle: Deep\nx: " + "[".repeat(500) + "]".repeat(500) + "\n---\n")
                .file("posts/2026-01-02-laughs.md", "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [" + "*a, ".repeat(60) + "*a]\n---\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> assertThat(e.problems())
                .extracting(Object::toString).containsExactly(
                        "posts/2026-01-01-deep.md:1: YAML front matter too complex: Nesting Depth exceeded max 50",
                        "posts/2026-01-02-laughs.md:1: YAML front matter too complex: Number of aliases for non-scalar nodes exceeds the specified max=50"));
    }

    @Test
    void unclosedFrontMatterIsAnErrorOnLineOne() {
        TestSite site = site().file("posts/p.md", "---\ntitle: P\n\nNo closing fence\n");
        assertThatThrownBy(site::build).hasMessageContaining("posts/p.md:1: front matter opened with '---' is never closed");
    }

    @Test
    void aFileThatIsNotUtf8IsAnErrorNamingIt() throws Exception {
        TestSite site = site().file("posts/2026-01-01-ok.md", "---\ntitle: OK\n---\nCaf\u00e9 \uFFFD is fine\n");
        site.build();
        Files.write(tmp.resolve("site/posts/2026-01-02-latin1.md"), "---\ntitle: Caf\u00e9\n---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(site::build).hasMessageContaining("posts/2026-01-02-latin1.md: is not UTF-8 text");
    }

    @Test
    void markdownNestedTooDeeplyIsAnErrorNamingTheFile() {
        TestSite site = site().file("posts/2026-01-01-deep.md", "---\ntitle: Deep\n---\n" + ">".repeat(100_000) + " quote\n")
                .file("posts/2026-01-02-fine.md", "---\ntitle: Fine\n---\n" + "[".repeat(20_000) + "x\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> assertThat(e.problems())
                .singleElement().satisfies(p -> assertThat(p.toString())
                        .isEqualTo("posts/2026-01-01-deep.md: is nested too deeply to render (quotes or lists thousands of levels deep)")));
    }

    @Test
    void twoPostsWithTheSameUrlAreAnErrorNamingBothFiles() {
        TestSite site = site()
                .file("posts/2026-01-01-same.md", "---\ntitle: A\n---\n")
                .file("posts/2026-02-01-same.md", "---\ntitle: B\n---\n");
        assertThatThrownBy(site::build).isInstanceOf(BuildException.class)
                .hasMessageContaining("posts/2026-01-01-same.md: publishes /posts/same/index.html, and so does posts/2026-02-01-same.md");
    }

    @Test
    void templateErrorNamesTemplateAndLine() {
        TestSite site = site()
                .file("posts/2026-01-01-a.md", "---\ntitle: A\n---\n")
                .file("templates/post.peb", "<p>\n{{ page.title }}\n{{ page.noSuchField.deeper }}\n</p>\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> {
            assertThat(e.problems().get(0).file().toString()).endsWith("templates/post.peb");
            assertThat(e.problems().get(0).line()).isEqualTo(3);
        });
    }

    @Test
    void aTemplateThatIncludesItselfIsAnErrorNamingIt() {
        TestSite site = site().file("posts/2026-01-01-a.md", "---\ntitle: A\n---\nx")
                .file("templates/post.peb", "{% include \"post\" %}");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> assertThat(e.problems().get(0).toString())
                .endsWith("templates/post.peb: template error: it includes, extends or calls itself without end"));
    }

    @Test
    void unknownSiteSettingIsAnErrorNamingKeyAndFile() {
        TestSite site = site().file("site.yml", "title: T\nbase_url: https://t.example/\ntitel: typo\n");
        assertThatThrownBy(site::build).isInstanceOf(ConfigException.class)
                .hasMessageContaining("site.yml:3: unknown setting 'titel'");
    }

    @Test
    void draftsAndFuturePostsAppearOnlyWhenAskedFor() {
        TestSite site = site()
                .file("posts/2026-01-01-draft.md", "---\ntitle: D\ndraft: true\n---\n")
                .file("posts/2026-12-01-later.md", "---\ntitle: L\n---\n");
        site.build();
        assertThat(site.exists("posts/draft/index.html")).isFalse();
        assertThat(site.exists("posts/later/index.html")).isFalse();
        site.build(true, true);
        assertThat(Jsoup.parse(site.read("posts/draft/index.html")).select(".meta .draft").text()).isEqualTo("Draft");
        assertThat(Jsoup.parse(site.read("posts/later/index.html")).select(".meta .draft").text()).isEqualTo("Scheduled");
    }

    @Test
    void dateComesFromFileNameOrUrlAndUndatedPostsWarn() {
        TestSite site = site()
                .file("posts/2025-03-04-named.md", "---\ntitle: Named\n---\n")
                .file("posts/in-url.md", "---\ntitle: In URL\nurl: /2024/05/06/in-url/\n---\n")
                .file("posts/undated.md", "---\ntitle: Undated\n---\n")
                .file("posts/2025-03-05-bundle/index.md", "---\ntitle: Zola bundle\n---\n")
                .file("posts/hugo.md", "---\ntitle: Hugo\npublishDate: 2025-03-06T08:00:00Z\n---\n")
                .file("_posts/2014-3-3-Hello-World.md", "---\nlayout: post\ntitle: You're up and running!\n---\n");
        BuildReport report = site.build();
        assertThat(site.read("posts/named/index.html")).contains("datetime=\"2025-03-04T00:00:00Z\"");
        assertThat(site.read("posts/bundle/index.html")).contains("datetime=\"2025-03-05T00:00:00Z\"");
        assertThat(site.read("posts/hugo/index.html")).contains("datetime=\"2025-03-06T08:00:00Z\"");
        assertThat(site.read("posts/hello-world/index.html")).contains("datetime=\"2014-03-03T00:00:00Z\""); // jekyll-now
        assertThat(site.read("2024/05/06/in-url/index.html")).contains("datetime=\"2024-05-06T00:00:00Z\"");
        assertThat(report.warnings()).extracting(p -> p.file().toString()).containsExactly("posts/undated.md");
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws Exception {
        TestSite site = site();
        for (int i = 0; i < 30; i++) {
            site.file("posts/2026-01-%02d-p%d.md".formatted(i % 28 + 1, i), "---\ntitle: P" + i + "\ntags: [t" + (i % 4) + "]\n---\nBody " + i);
        }
        site.build();
        var first = snapshot(site.output);
        site.build();
        assertThat(snapshot(site.output)).isEqualTo(first);
    }

    @Test
    void feedsParseWithAFeedLibraryAndCarryAbsoluteLinksAndDates() throws Exception {
        TestSite site = site()
                .file("posts/2026-01-01-a.md", "---\ntitle: A\ndate: 2026-01-01T10:00:00Z\ntags: [x]\n---\nAlpha")
                .file("posts/b/index.md", "---\ntitle: B\ndate: 2026-02-01T10:00:00Z\n---\nBeta ![chart](chart.svg) [A](../a/)")
                .file("posts/b/chart.svg", "<svg/>");
        site.build();
        String absoluteImage = "<img src=\"https://test.example/posts/b/chart.svg\"";
        for (String path : List.of("atom.xml", "rss.xml")) {
            SyndFeed feed = new SyndFeedInput().build(new StringReader(site.read(path)));
            assertThat(feed.getEntries()).extracting(e -> e.getLink())
                    .containsExactly("https://test.example/posts/b/", "https://test.example/posts/a/");
            String html = feed.getEntries().get(0).getContents().get(0).getValue();
            assertThat(html).contains(absoluteImage).contains("href=\"https://test.example/posts/a/\"");
            assertThat(feed.getEntries().get(0).getPublishedDate().toInstant())
                    .isEqualTo(java.time.Instant.parse("2026-02-01T10:00:00Z"));
        }
        SyndFeed tagFeed = new SyndFeedInput().build(new StringReader(site.read("tags/x/atom.xml")));
        assertThat(tagFeed.getEntries()).extracting(e -> e.getTitle()).containsExactly("A");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(site.read("feed.json"));
        assertThat(json.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.get("items").get(0).get("url").asText()).isEqualTo("https://test.example/posts/b/");
        assertThat(json.get("items").get(0).get("content_html").asText()).contains(absoluteImage);
        assertThat(site.read("posts/b/index.html")).contains("<img src=\"chart.svg\""); // the page itself keeps it relative
    }

    @Test
    void everyPageHasCanonicalAndOpenGraphMeta() {
        site().file("posts/2026-01-01-a.md", "---\ntitle: A & B\nsummary: About A.\n---\nText").build();
        Document page = Jsoup.parse(new TestSite(tmp).read("posts/a/index.html"));
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://test.example/posts/a/");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("A & B");
        assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo("About A.");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("h1").text()).isEqualTo("A & B");
    }

    @Test
    void linkPreviewImagesComeFromFrontMatterAsEachGeneratorWritesThem() {
        TestSite site = site()
                .file("posts/trip/index.md", "---\ntitle: Trip\ndate: 2026-01-01\nimage: cover.jpg\n---\n")
                .file("posts/2026-01-02-hugo.md", "---\ntitle: Hugo\nimages: [/img/hugo.png, /img/second.png]\n---\n")
                .file("posts/2026-01-03-jekyll.md", "---\ntitle: Jekyll\nimage:\n  path: https://cdn.example/j.png\n  alt: J\n---\n")
                .file("posts/2026-01-04-none.md", "---\ntitle: None\n---\n")
                .file("pages/old.md", "---\ntitle: Old\npermalink: /2019/old-page.html\n---\nkept at its Jekyll URL\n");
        site.build();
        assertThat(previewImage(site, "posts/trip/index.html")).isEqualTo("https://test.example/posts/trip/cover.jpg");
        assertThat(previewImage(site, "posts/hugo/index.html")).isEqualTo("https://test.example/img/hugo.png");
        assertThat(previewImage(site, "posts/jekyll/index.html")).isEqualTo("https://cdn.example/j.png");
        assertThat(previewImage(site, "posts/none/index.html")).isEmpty();
        assertThat(Jsoup.parse(site.read("posts/hugo/index.html")).select("meta[name=twitter:card]").attr("content"))
                .isEqualTo("summary_large_image");
        assertThat(Jsoup.parse(site.read("posts/none/index.html")).select("meta[name=twitter:card]").attr("content"))
                .isEqualTo("summary");
        assertThat(site.read("2019/old-page.html")).contains("kept at its Jekyll URL");
        assertThat(site.read("feed.json")).contains("\"image\" : \"https://test.example/img/hugo.png\"");

        site.file("posts/2026-01-05-bad.md", "---\ntitle: Bad\nimage:\n  alt: no path\n---\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> assertThat(e.problems().get(0).message())
                .contains("'image' must be a URL or path"));
    }

    private static String previewImage(TestSite site, String path) {
        Document page = Jsoup.parse(site.read(path));
        String image = page.select("meta[property=og:image]").attr("content");
        assertThat(page.select("meta[name=twitter:image]").attr("content")).isEqualTo(image);
        return image;
    }

    @Test
    void rawHtmlFromAuthorsPassesThroughButTitlesAreEscaped() {
        site().file("posts/2026-01-01-a.md", "---\ntitle: \"<script>alert(1)</script>\"\n---\n<div class=\"note\">raw</div>\n").build();
        Document page = Jsoup.parse(new TestSite(tmp).read("posts/a/index.html"));
        assertThat(page.select("h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(page.select("script")).noneMatch(s -> s.data().contains("alert(1)")); // the theme's own search loader only
        assertThat(page.select("div.note").text()).isEqualTo("raw");
    }

    @Test
    void paginationTagsArchiveAndAliasesAreWritten() {
        TestSite site = site().file("site.yml", "title: T\nbase_url: https://t.example/\nposts_per_page: 2\n");
        for (int i = 1; i <= 5; i++) {
            site.file("posts/2026-01-0%d-p%d.md".formatted(i, i), "---\ntitle: P" + i + "\ntags: [Same Tag]\naliases: [/old/" + i + "]\n---\n");
        }
        site.build();
        assertThat(site.exists("page/3/index.html")).isTrue();
        assertThat(site.exists("page/4/index.html")).isFalse();
        assertThat(site.exists("tags/same-tag/page/3/index.html")).isTrue();
        assertThat(Jsoup.parse(site.read("archive/2026/index.html")).select(".archive-year li a")).hasSize(5);
        assertThat(Jsoup.parse(site.read("old/3/index.html")).select("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("0; url=/posts/p3/");
        assertThat(site.read("sitemap.xml")).contains("<loc>https://t.example/posts/p5/</loc>");
        assertThat(site.read("robots.txt")).contains("Sitemap: https://t.example/sitemap.xml");
    }

    private static java.util.Map<Path, String> snapshot(Path root) throws Exception {
        var map = new java.util.TreeMap<Path, String>();
        for (Path file : GoldenSiteTest.relativeFiles(root)) {
            map.put(file, Files.readString(root.resolve(file)));
        }
        return map;
    }
}
