package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.config.Moderation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Under pre-moderation a comment shows to its author only, until a moderator approves it. */
class ModerationFlowTest {
    static final String POST = "/posts/async-writing/";

    @TempDir
    static Path tmp;
    static SiteUnderTest site;

    @BeforeAll
    static void serve() {
        site = new SiteUnderTest(tmp, Moderation.PRE);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void pendingCommentIsShownToItsAuthorOnlyUntilApproved() throws Exception {
        try (Browser author = Browser.start(); Browser other = Browser.start()) {
            author.open(site.url(POST));
            WebElement form = author.await(".colophon .c-form");
            form.findElement(By.name("author")).sendKeys("Grace");
            form.findElement(By.name("body")).sendKeys("Waiting for approval");
            form.findElement(By.cssSelector(".c-submit")).click();
            author.awaitText(".c-status", "appears to others once approved");
            author.awaitText(".c-comment .c-pending", "awaiting moderation");

            author.open(site.url(POST)); // after a reload the author still sees it, from the kept token
            author.awaitText(".c-comment .c-pending", "awaiting moderation");

            other.open(site.url(POST));
            other.awaitText(".c-status", "No comments yet");
            assertThat(other.all(".c-comment")).isEmpty();

            String pending = site.admin("GET", "/api/v1/admin/comments?status=pending");
            String id = pending.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
            assertThat(site.admin("POST", "/api/v1/admin/comments/" + id + "/approve")).contains("\"approved\"");

            other.open(site.url(POST));
            other.awaitText(".c-body", "Waiting for approval");
            assertThat(other.all(".c-pending")).isEmpty();
            Files.createDirectories(Path.of("target/screenshots"));
            Files.write(Path.of("target/screenshots/comment-widget.png"), other.screenshot());
            assertThat(author.uncaughtErrors()).isEmpty();
            assertThat(other.uncaughtErrors()).isEmpty();
        }
    }
}
