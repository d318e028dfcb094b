package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.preview.PreviewServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The README's quick start as a new user meets it: {@code colophon serve} on the sample site, opened in
 * a real browser (which asks for gzip) under 127.0.0.1 and [::1] as well as localhost.
 */
class QuickStartTest {
    @TempDir
    Path tmp;

    @Test
    void thePreviewIsStyledAndCommentsWorkUnderEveryLoopbackName() {
        Path site = tmp.resolve("site");
        SiteUnderTest.copyContent(site);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        var log = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (PreviewServer server = PreviewServer.start(site, 0, Clock.systemUTC(), log); Browser reader = Browser.start()) {
            int port = URI.create(server.url()).getPort();
            for (String host : new String[] {"localhost", "127.0.0.1", "[::1]"}) {
                String base = "http://" + host + ":" + port;
                reader.open(base + "/");
                assertStyled(reader, base + "/");
                reader.open(base + "/posts/hello-colophon/");
                assertStyled(reader, base + "/posts/hello-colophon/");
                WebElement form = reader.await(".colophon .c-form");
                form.findElement(By.name("body")).sendKeys("Hello from " + host);
                form.findElement(By.cssSelector(".c-submit")).click();
                reader.awaitText(".c-list .c-body", "Hello from " + host);
                assertThat(consoleErrors(reader)).as(base).isEmpty();
            }
            assertThat(reader.all(".c-badge")).as("readers' comments carry no badge").isEmpty();

            // the author, logged in to the dashboard, comments from the page itself
            reader.open(server.url() + "/admin/");
            reader.await("#password").sendKeys(password(printed.toString(StandardCharsets.UTF_8)));
            reader.driver.findElement(By.cssSelector("#login button[type=submit]")).click();
            reader.await("#logout");
            reader.open(server.url() + "/posts/hello-colophon/");
            WebElement form = reader.await(".colophon .c-form");
            form.findElement(By.name("author")).sendKeys("The author");
            form.findElement(By.name("body")).sendKeys("Thanks for reading");
            form.findElement(By.cssSelector(".c-submit")).click();
            reader.awaitText(".c-comment .c-badge", "author");
            reader.driver.navigate().refresh();
            reader.awaitText(".c-comment .c-badge", "author");
            assertThat(reader.all(".c-badge")).hasSize(1);
            assertThat(reader.js("return document.querySelector('.c-badge').closest('header').textContent")).asString()
                    .contains("The author");
        }
    }

    private static String password(String printed) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Admin password[^:]*: (\\S+)").matcher(printed);
        assertThat(m.find()).as(printed).isTrue();
        return m.group(1);
    }

    /** The theme's stylesheet applied: its skip link sits off-screen and the page has the theme's font size. */
    private static void assertStyled(Browser reader, String url) {
        reader.await("main");
        assertThat(reader.js("return getComputedStyle(document.querySelector('.skip')).position")).as(url).isEqualTo("absolute");
        assertThat(reader.js("return document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 10"))
                .as(url).isEqualTo(true);
    }

    private static List<String> consoleErrors(Browser reader) {
        return reader.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }
}
