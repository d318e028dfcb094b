package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.comments.config.Moderation;
import dev.colophon.preview.PreviewServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The budgets of issue "the first hour", in a real browser: every page of the sample site valid HTML
 * (Nu Html Checker) and free of WCAG 2.1 AA violations (axe-core) in light and dark, the preview with
 * its drafts and the dashboard too; each page screenshotted in both schemes at 390 and 1280 px.
 */
class PageBudgetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SCHEMES = {"light", "dark"};
    private static final int[] WIDTHS = {390, 1280};

    @TempDir
    Path tmp;

    @Test
    void everyPageOfTheSampleSiteIsValidHtml() {
        try (SiteUnderTest site = new SiteUnderTest(tmp, Moderation.POST)) {
            List<Path> pages = pages(tmp.resolve("public"));
            assertThat(pages).hasSizeGreaterThan(10);
            assertThat(Audits.nuErrors(pages)).isEmpty();
        }
    }

    @Test
    void everyPageOfTheSampleSiteHasNoAccessibilityViolationsInLightAndDark() throws IOException {
        try (SiteUnderTest site = new SiteUnderTest(tmp, Moderation.POST); Browser reader = Browser.start()) {
            String first = site.postRaw("{\"page\":\"/posts/hello-colophon/\",\"author\":\"Ada\",\"body\":\"A first comment, for the screenshot.\"}");
            site.postAsOwner("{\"page\":\"/posts/hello-colophon/\",\"author\":\"The author\",\"body\":\"Thank you, Ada.\",\"parent\":"
                    + JSON.readTree(first).get("id").asLong() + "}");
            List<String> violations = new ArrayList<>();
            for (Path page : pages(tmp.resolve("public"))) {
                String path = "/" + tmp.resolve("public").relativize(page).toString().replace("index.html", "");
                violations.addAll(audit(reader, site.url(path), "site" + name(path), path.startsWith("/posts/")));
            }
            assertThat(violations).isEmpty();
        }
    }

    @Test
    void thePreviewWithItsDraftsAndTheDashboardHaveNoAccessibilityViolations() {
        Path source = tmp.resolve("preview");
        SiteUnderTest.copyContent(source);
        var log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (PreviewServer preview = PreviewServer.start(source, 0, Clock.systemUTC(), log);
             SiteUnderTest site = new SiteUnderTest(tmp.resolve("site"), Moderation.PRE); Browser author = Browser.start()) {
            List<String> violations = new ArrayList<>();
            for (String path : new String[] {"/", "/posts/a-draft/", "/posts/hello-colophon/"}) {
                violations.addAll(audit(author, preview.url() + path, "preview" + name(path), path.startsWith("/posts/")));
            }
            site.postRaw("{\"page\":\"/posts/hello-colophon/\",\"author\":\"Ada\",\"body\":\"Waiting for a moderator.\"}");
            author.open(site.commentsUrl + "/admin/");
            violations.addAll(audit(author, null, "dashboard-login", false));
            author.await("#password").sendKeys(SiteUnderTest.ADMIN_PASSWORD);
            author.driver.findElement(By.cssSelector("#login button[type=submit]")).click();
            author.awaitText("#queue", "Waiting for a moderator.");
            violations.addAll(audit(author, null, "dashboard", false));
            assertThat(violations).isEmpty();
        }
    }

    /** Opens the page (unless url is null: the page as it is) in each scheme and width; axe runs once per scheme. */
    private static List<String> audit(Browser browser, String url, String name, boolean withComments) {
        List<String> violations = new ArrayList<>();
        for (String scheme : SCHEMES) {
            Audits.scheme(browser, scheme);
            for (int width : WIDTHS) {
                Audits.width(browser, width);
                if (url != null) {
                    browser.open(url);
                }
                browser.await("main");
                if (withComments) {
                    browser.scrollToComments();
                    browser.await(".colophon .c-form");
                    browser.js("window.scrollTo(0, 0)"); // screenshots of the page as it opens
                }
                Audits.screenshot(browser, name + "-" + scheme + "-" + width);
                if (width == WIDTHS[WIDTHS.length - 1]) {
                    Audits.axe(browser).forEach(v -> violations.add(name + " (" + scheme + "): " + v));
                }
            }
        }
        return violations;
    }

    private static String name(String path) {
        String name = path.replaceAll("/+$", "").replace('/', '-').replace(".html", "");
        return name.isEmpty() ? "-home" : name;
    }

    /** Every HTML page of a built site but the alias redirects. */
    private static List<Path> pages(Path output) {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> p.toString().endsWith(".html")).filter(p -> !isRedirect(p)).sorted().toList();
        }  catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRedirect(Path page) {
        try {
            return Files.readString(page).contains("http-equiv=\"refresh\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
