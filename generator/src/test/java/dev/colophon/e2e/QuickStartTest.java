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
        var log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
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
        }
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
