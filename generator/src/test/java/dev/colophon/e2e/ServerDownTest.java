package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** When the comment server goes away, the page stays readable and the widget says so plainly. */
class ServerDownTest {
    @TempDir
    Path tmp;

    @Test
    void readerSeesAPlainMessageAndThePageStaysReadable() {
        try (SiteUnderTest site = new SiteUnderTest(tmp, Moderation.POST); Browser reader = Browser.start()) {
            reader.open(site.url("/posts/hello-colophon/"));
            WebElement form = reader.await(".colophon .c-form");
            site.comments.close(); // the server dies while the reader is writing

            form.findElement(By.name("body")).sendKeys("Into the void");
            form.findElement(By.cssSelector(".c-submit")).click();
            reader.awaitText(".c-status.c-error", "Could not send");
            assertThat(form.findElement(By.name("body")).getAttribute("value")).isEqualTo("Into the void");

            reader.js("document.querySelector('[data-colophon-thread]').textContent='';"
                    + "Colophon.init(document.querySelector('script[data-colophon-server]'));");
            reader.awaitText(".c-status.c-error", "Comments are unavailable right now");
            assertThat(reader.driver.findElement(By.cssSelector("article.post h1")).getText()).isEqualTo("Hello, Colophon");
            assertThat(reader.uncaughtErrors()).isEmpty();
        }
    }
}
