package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.config.Moderation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The author's dashboard shows what readers did, and moderates, in a real browser. */
class DashboardTest {
    @TempDir
    Path tmp;

    @Test
    void authorLogsInSeesTheNumbersAndApprovesAPendingComment() throws Exception {
        try (SiteUnderTest site = new SiteUnderTest(tmp, Moderation.PRE); Browser reader = Browser.start();
             Browser author = Browser.start()) {
            reader.open(site.url("/posts/hello-colophon/"));
            WebElement form = reader.await(".colophon .c-form");
            form.findElement(By.name("author")).sendKeys("Reader");
            form.findElement(By.name("body")).sendKeys("Please approve me");
            form.findElement(By.cssSelector(".c-submit")).click();
            reader.awaitText(".c-pending", "awaiting moderation");
            reader.open(site.url("/posts/markdown-tour/"));
            reader.await(".colophon .c-form");
            site.comments.flushViews();

            author.open(site.commentsUrl + "/admin/");
            author.await("#password").sendKeys(SiteUnderTest.ADMIN_PASSWORD);
            author.driver.findElement(By.cssSelector("#login button[type=submit]")).click();
            author.awaitText("[data-total=Views] dd", "2");
            author.awaitText("#posts tbody a", "Hello, Colophon");
            author.awaitText("#posts tbody a", "A tour of Markdown in Colophon");
            author.awaitText("#posts tbody .path", "/posts/markdown-tour/");
            author.await("#chart svg rect");
            author.awaitText("#queue", "Please approve me");
            author.awaitText("#queue .meta a", "Hello, Colophon");

            Files.createDirectories(Path.of("target/screenshots"));
            Files.write(Path.of("target/screenshots/dashboard.png"), author.screenshot());

            author.driver.findElement(By.cssSelector("#queue [data-action=approve]")).click();
            author.awaitText("#queue", "Nothing awaits moderation.");
            author.awaitText("#recent", "Please approve me");

            reader.open(site.url("/posts/hello-colophon/"));
            reader.awaitText(".c-body", "Please approve me");
            assertThat(reader.all(".c-pending")).isEmpty();
            assertThat(author.uncaughtErrors()).isEmpty();
        }
    }

    @Test
    void theSpamFolderShowsEachCommentsScoreAndReasonsAndBulkNotSpamPublishesThem() throws Exception {
        try (SiteUnderTest site = new SiteUnderTest(tmp, Moderation.AUTO); Browser author = Browser.start()) {
            for (String body : List.of("Filled in the hidden field, once", "Filled in the hidden field, twice")) {
                HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(site.commentsUrl + "/api/v1/comments"))
                        .header("Content-Type", "application/json").header("Origin", site.siteUrl)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"page\":\"/posts/hello-colophon/\",\"author\":\"Bot\","
                                + "\"body\":\"" + body + "\",\"hp\":\"http://spam.example\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
            }
            author.open(site.commentsUrl + "/admin/");
            author.await("#password").sendKeys(SiteUnderTest.ADMIN_PASSWORD);
            author.driver.findElement(By.cssSelector("#login button[type=submit]")).click();
            author.awaitText("#queue", "Nothing awaits moderation.");

            author.driver.findElement(By.cssSelector("[data-folder=spam]")).click();
            author.awaitText("#queue", "Filled in the hidden field, twice");
            assertThat(author.all("#queue details.spam summary")).hasSize(2)
                    .allSatisfy(summary -> assertThat(summary.getText()).matches("Spam score (0\\.9\\d|1\\.00)"));
            author.driver.findElement(By.cssSelector("#queue details.spam summary")).click();
            author.awaitText("#queue details.spam[open] ul", "+10.0 honeypot: the form field hidden from people was filled in");
            assertThat(author.driver.findElement(By.cssSelector("[data-bulk=not-spam]")).isDisplayed()).isTrue();
            assertThat(author.driver.findElement(By.cssSelector("[data-bulk=approve]")).isDisplayed()).isFalse();

            author.driver.findElement(By.id("select-all")).click();
            author.driver.findElement(By.cssSelector("[data-bulk=not-spam]")).click();
            author.awaitText("#queue", "No spam.");
            author.driver.findElement(By.cssSelector("[data-folder=pending]")).click();
            author.awaitText("#recent", "Filled in the hidden field, once");
            assertThat(author.uncaughtErrors()).isEmpty();
        }
    }
}
