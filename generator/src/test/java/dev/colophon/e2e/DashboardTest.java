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
import org.openqa.selenium.support.ui.Select;

/** The author's dashboard shows what readers did, and moderates, in a real browser. */
class DashboardTest {
    @TempDir
    Path tmp;

    @Test
    void authorLogsInSeesTheNumbersApprovesAPendingCommentAndRepliesAsTheAuthor() throws Exception {
        try (SiteUnderTest site = new SiteUnderTest(tmp, Moderation.PRE); Browser reader = Browser.start();
             Browser author = Browser.start()) {
            reader.open(site.url("/posts/hello-colophon/"));
            WebElement form = reader.await(".colophon .c-form");
            form.findElement(By.name("author")).sendKeys("Reader");
            form.findElement(By.name("body")).sendKeys("Please approve me");
            form.findElement(By.cssSelector(".c-submit")).click();
            reader.awaitText(".c-pending", "awaiting moderation");
            reader.open(site.url("/posts/markdown-tour/"));
            reader.scrollToComments();
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

            author.driver.findElement(By.cssSelector("#recent [data-action=reply]")).click();
            author.await("#recent form.reply textarea").sendKeys("Thank you for reading");
            author.driver.findElement(By.cssSelector("#recent form.reply button[type=submit]")).click();
            author.awaitText("#status", "Reply posted on Hello, Colophon");

            reader.open(site.url("/posts/hello-colophon/"));
            reader.awaitText(".c-body", "Please approve me");
            assertThat(reader.all(".c-pending")).isEmpty();
            reader.awaitText(".c-replies .c-badge", "author"); // the dashboard's reply is the author's
            assertThat(reader.all(".c-badge")).hasSize(1);
            assertThat(author.uncaughtErrors()).isEmpty();
        }
    }

    @Test
    void theFediversePanelListsFollowersRemovesOneAndTheQueueMarksAReplyFromTheFediverse() throws Exception {
        try (SiteUnderTest site = new SiteUnderTest(tmp, Moderation.PRE); Browser author = Browser.start()) {
            // the rows the inbox writes for two Follows (InboxFixturesTest sends the real activities); their
            // inboxes are on a closed loopback port, so the Reject the removal queues goes nowhere
            for (String name : java.util.List.of("alice", "bob")) {
                CommentsDatabase.update(site.database, "INSERT INTO ap_followers (actor, inbox, shared_inbox, handle, created_at) VALUES (?, ?, NULL, ?, 0)",
                        "http://127.0.0.1:9/users/" + name, "http://127.0.0.1:9/users/" + name + "/inbox", "@" + name + "@social.example");
            }
            String posted = site.postRaw("{\"page\":\"/posts/hello-colophon/\",\"body\":\"Nice post!\",\"author\":\"Alice\"}");
            long id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(posted).get("id").asLong();
            CommentsDatabase.update(site.database, "UPDATE comments SET ap_id = ?, ap_actor = ?, handle = ? WHERE id = ?",
                    "http://127.0.0.1:9/users/alice/statuses/1", "http://127.0.0.1:9/users/alice", "@alice@social.example", id);

            author.open(site.commentsUrl + "/admin/");
            author.await("#password").sendKeys(SiteUnderTest.ADMIN_PASSWORD);
            author.driver.findElement(By.cssSelector("#login button[type=submit]")).click();
            author.awaitText("#fediverse-summary", "2 followers");
            author.awaitText("#followers li a", "@alice@social.example");
            author.awaitText("#followers li a", "@bob@social.example");
            author.awaitText("#queue .meta", "Alice (@alice@social.example, from the fediverse)");

            author.driver.findElements(By.cssSelector("#followers li")).stream()
                    .filter(li -> li.getText().contains("@alice@")).findFirst().orElseThrow()
                    .findElement(By.tagName("button")).click();
            author.awaitText("#fediverse-summary", "1 follower ·");
            assertThat(author.all("#followers li")).hasSize(1).allMatch(li -> li.getText().contains("@bob@social.example"));
            assertThat(site.admin("GET", "/api/v1/admin/fediverse/followers")).contains("bob").doesNotContain("alice");
            assertThat(author.uncaughtErrors()).isEmpty();
        }
    }

    @Test
    void moderatorSearchesCommentsOfEveryStatusDespiteATypoAndNarrowsThemByStatus() throws Exception {
        try (SiteUnderTest site = new SiteUnderTest(tmp, Moderation.PRE); Browser author = Browser.start()) {
            site.postRaw("{\"page\":\"/posts/hello-colophon/\",\"author\":\"Grace\",\"body\":\"My sourdough starter died twice\"}");
            String rye = site.postRaw("{\"page\":\"/posts/markdown-tour/\",\"author\":\"Linus\",\"body\":\"Rye bread is easier than sourdough\"}");
            site.postRaw("{\"page\":\"/posts/hello-colophon/\",\"author\":\"Ada\",\"body\":\"A question about themes\"}");
            site.admin("POST", "/api/v1/admin/comments/" + rye.replaceAll("(?s).*\"id\":(\\d+).*", "$1") + "/approve");

            author.open(site.commentsUrl + "/admin/");
            author.await("#password").sendKeys(SiteUnderTest.ADMIN_PASSWORD);
            author.driver.findElement(By.cssSelector("#login button[type=submit]")).click();
            WebElement box = author.await("#comment-search-form input[name=q]");
            box.sendKeys("sourdoguh\n"); // two letters swapped
            author.awaitText("#comment-search-status", "2 found");
            assertThat(author.all("#comment-search-results .body")).extracting(WebElement::getText)
                    .containsExactlyInAnyOrder("My sourdough starter died twice", "Rye bread is easier than sourdough");
            assertThat(author.all("#comment-search-results .meta")).extracting(WebElement::getText)
                    .anyMatch(meta -> meta.startsWith("Grace · pending · /posts/hello-colophon/"));

            new Select(author.driver.findElement(By.cssSelector("#comment-search-form select[name=status]"))).selectByValue("approved");
            author.driver.findElement(By.cssSelector("#comment-search-form button[type=submit]")).click();
            author.awaitText("#comment-search-status", "1 found");
            assertThat(author.all("#comment-search-results .meta")).extracting(WebElement::getText)
                    .singleElement().asString().startsWith("Linus · approved · /posts/markdown-tour/");

            box.clear();
            box.sendKeys("<img src=x onerror=alert(1)> %00 .*\n");
            author.awaitText("#comment-search-status", "No comment matches");
            assertThat(author.all("#comment-search-results li")).isEmpty();
            assertThat(author.all("img")).isEmpty();
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
