package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.build.BuildOptions;
import dev.colophon.build.SiteBuilder;
import dev.colophon.publish.Progress;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A reader searches the sample site (with a German and a Japanese page added) in headless Chromium:
 * through the header box and the keyboard, on the search page, with typos, and from file://.
 */
class SearchTest {
    @TempDir
    static Path tmp;
    static Javalin server;
    static String site;
    static Path output;
    static Browser browser;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path source = tmp.resolve("site");
        output = tmp.resolve("public");
        Files.createDirectories(output);
        SiteUnderTest.copyContent(source);
        Files.writeString(source.resolve("pages/wanderung.md"), """
                ---
                title: Wanderung über die Alpen
                ---
                Die schönsten Wanderwege führen über hohe Berge und an klaren Seen vorbei. Unterwegs übernachten
                wir in Häusern aus Holz.
                """);
        Files.writeString(source.resolve("posts/2026-11-05-kyoto.md"), """
                ---
                title: 京都の紅葉
                date: 2024-11-05
                ---
                秋の京都では、美しい寺院を巡りながら紅葉を楽しみます。
                """);
        // a site served under a folder, as on GitHub Pages: every index URL must be relative to it
        server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.add(s -> {
                s.directory = output.toString();
                s.location = Location.EXTERNAL;
                s.hostedPath = "/blog";
            });
        }).start("127.0.0.1", 0);
        site = "http://127.0.0.1:" + server.port() + "/blog";
        new SiteBuilder(Progress.silent()).build(new BuildOptions(source, output, false, false, site + "/", Clock.systemUTC()));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aReaderTypesInTheHeaderBoxSeesThePostFirstAndOpensItWithTheKeyboard() {
        browser.open(site + "/about/");
        assertThat(scriptsLoaded()).as("nothing of search is fetched before the box is used").noneMatch(s -> s.contains("/search/"));
        WebElement box = browser.await(".site-search input[type=search]");
        box.click();
        box.sendKeys("markdown tou");
        browser.awaitText(".search-suggest [role=option]:first-child .search-title", "A tour of Markdown in Colophon");
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.all(".search-suggest mark")).extracting(WebElement::getText).anyMatch(t -> t.equalsIgnoreCase("markdown"));
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(browser.all(".search-suggest [role=option]").get(0).getAttribute("id"));
        box.sendKeys(Keys.ENTER);
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/blog/posts/markdown-tour/"));
        assertThat(browser.uncaughtErrors()).isEmpty();
    }

    @Test
    void aQueryWithOneLetterSwappedMissingOrDoubledStillFindsThePost() {
        for (String typo : List.of("mrakdown", "markdwn", "markddown", "asynchronusly")) {
            searchPage(typo);
            String expected = typo.startsWith("asy") ? "Writing asynchronously" : "A tour of Markdown in Colophon";
            browser.awaitText(".search-results [role=option]:first-child .search-title", expected);
        }
    }

    @Test
    void germanAndJapanesePagesAreFoundByTheirWordsWithoutDiacritics() {
        searchPage("schonsten wanderwege");
        browser.awaitText(".search-results [role=option]:first-child .search-title", "Wanderung über die Alpen");
        searchPage("紅葉");
        browser.awaitText(".search-results [role=option]:first-child .search-title", "京都の紅葉");
        searchPage("寺院");
        browser.awaitText(".search-results [role=option]:first-child .search-title", "京都の紅葉");
    }

    @Test
    void filtersByTagAndYearNarrowTheResults() {
        browser.open(site + "/search/?q=colophon&tag=jbake");
        browser.awaitText(".search-results [role=option]:first-child .search-title", "Coming from JBake");
        assertThat(browser.all(".search-results [role=option]")).hasSize(1);
        browser.open(site + "/search/?q=%E7%B4%85%E8%91%89&year=2026");
        browser.awaitText(".search-status", "No results");
        browser.open(site + "/search/?q=%E7%B4%85%E8%91%89&year=2024");
        browser.awaitText(".search-results [role=option]:first-child .search-title", "京都の紅葉");
    }

    @Test
    void hostileQueriesFindNothingAndRenderInert() {
        for (String query : List.of("<script>alert(1)</script>", "(.*+?[{\\", "%00", "x".repeat(10_000))) {
            browser.open(site + "/search/");
            WebElement box = browser.await(".search-page input[type=search]");
            browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", box, query);
            browser.waiting().until(d -> !browser.all(".search-status").isEmpty());
            assertThat(browser.all(".search-results script")).isEmpty();
        }
        assertThat(browser.uncaughtErrors()).isEmpty();
    }

    @Test
    void theBuiltSiteSearchesFromAFileUrl() {
        browser.open(output.resolve("about/index.html").toUri().toString());
        WebElement box = browser.await(".site-search input[type=search]");
        box.click();
        box.sendKeys("jbake");
        browser.awaitText(".search-suggest [role=option]:first-child .search-title", "Coming from JBake");
        String href = browser.all(".search-suggest [role=option] a").get(0).getAttribute("href");
        assertThat(href).startsWith("file:").endsWith("/posts/jbake-style/index.html");
    }

    private static void searchPage(String query) {
        browser.open(site + "/search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        browser.await(".search-page input[type=search]");
    }

    @SuppressWarnings("unchecked")
    private static List<String> scriptsLoaded() {
        return (List<String>) browser.js("return performance.getEntriesByType('resource').map(e => e.name)");
    }

}
