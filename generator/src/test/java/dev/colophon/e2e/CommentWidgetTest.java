package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The comment widget on the built sample site, against a real comment server, in headless Chromium. */
class CommentWidgetTest {
    static final String POST = "/posts/hello-colophon/";

    @TempDir
    static Path tmp;
    static SiteUnderTest site;
    Browser reader;

    @BeforeAll
    static void serve() {
        site = new SiteUnderTest(tmp, Moderation.POST);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @BeforeEach
    void openBrowser() {
        reader = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        assertThat(reader.uncaughtErrors()).isEmpty();
        reader.close();
    }

    @Test
    void readerPreviewsPostsRepliesEditsAndDeletes() {
        reader.open(site.url(POST));
        WebElement form = reader.await(".colophon .c-form");
        form.findElement(By.name("author")).sendKeys("Ada");
        form.findElement(By.name("body")).sendKeys("Hello **bold** world");
        form.findElement(By.cssSelector(".c-preview-button")).click();
        reader.awaitText(".c-form .c-preview", "Hello bold world");
        assertThat(form.findElement(By.cssSelector(".c-preview strong")).getText()).isEqualTo("bold");

        form.findElement(By.cssSelector(".c-submit")).click();
        reader.awaitText(".c-list .c-comment .c-body", "Hello bold world");
        WebElement comment = reader.driver.switchTo().activeElement();
        assertThat(comment.getAttribute("class")).isEqualTo("c-comment"); // focus moved to the new comment
        assertThat(comment.getText()).contains("Hello bold world");
        reader.awaitText(".c-status", "Comment posted");

        comment.findElement(By.cssSelector(".c-reply")).click();
        WebElement replyForm = reader.await(".c-comment .c-form");
        assertThat(reader.js("return document.activeElement.name")).isEqualTo("body");
        replyForm.findElement(By.name("body")).sendKeys("A reply");
        replyForm.findElement(By.cssSelector(".c-submit")).click();
        reader.awaitText(".c-comment .c-replies .c-body", "A reply");

        WebElement reply = comment.findElement(By.cssSelector(".c-replies > .c-comment"));
        reply.findElement(By.cssSelector(".c-edit")).click();
        WebElement editor = reader.await(".c-edit-body");
        reader.waiting()
                .until(d -> "A reply".equals(editor.getAttribute("value")));
        editor.clear();
        editor.sendKeys("An *edited* reply");
        reply.findElement(By.cssSelector(".c-save")).click();
        reader.awaitText(".c-replies .c-body", "An edited reply");

        WebElement delete = reply.findElement(By.cssSelector(".c-delete"));
        delete.click();
        assertThat(delete.getText()).isEqualTo("Really delete?");
        delete.click();
        reader.awaitText(".c-status", "Comment deleted");
        reader.open(site.url(POST));
        reader.awaitText(".c-list .c-body", "Hello bold world");
        assertThat(reader.all(".c-replies .c-body").stream().map(WebElement::getText)).doesNotContain("An edited reply");
    }

    @Test
    void theThreadLinksItsAtomFeed() throws Exception {
        site.postRaw("{\"page\":\"" + POST + "\",\"body\":\"Worth following\"}");
        reader.open(site.url(POST));
        String href = reader.await(".c-toolbar .c-feed").getAttribute("href");
        assertThat(href).isEqualTo(site.commentsUrl + "/api/v1/feed?page=" + java.net.URLEncoder.encode(POST, java.nio.charset.StandardCharsets.UTF_8));
        var feed = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(feed.body()).contains("Worth following");
        String discovered = reader.driver.findElement(By.cssSelector("link[rel=alternate][title^='Comments on']")).getAttribute("href");
        assertThat(discovered).isEqualTo(site.commentsUrl + "/api/v1/feed?page=" + POST); // for feed readers given the page
    }

    @Test
    void keyboardAloneCanPostAComment() {
        reader.open(site.url(POST));
        reader.await(".colophon .c-form");
        WebElement body = reader.driver.findElement(By.cssSelector(".colophon > .c-form textarea[name=body]"));
        body.sendKeys("Typed without a mouse");
        body.sendKeys(Keys.TAB, Keys.TAB); // past "remember me" to the submit button
        reader.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        reader.awaitText(".c-list .c-body", "Typed without a mouse");
    }

    @Test
    void likesCountOncePerReaderAndThePageReactionShowsItsCount() {
        site.postRaw("{\"page\":\"" + POST + "\",\"body\":\"likeable\"}");
        reader.open(site.url(POST));
        reader.awaitText(".c-body", "likeable");
        WebElement like = reader.all(".c-like").get(reader.all(".c-like").size() - 1);
        like.click();
        reader.awaitText(".c-like", "♥ Like 1");
        like.click(); // taken back: the count of none is not shown
        reader.waiting().until(d -> like.getText().equals("♥ Like") && "false".equals(like.getAttribute("aria-pressed")));
        like.click();
        reader.awaitText(".c-like", "♥ Like 1");
        reader.open(site.url(POST));
        reader.awaitText(".c-body", "likeable");
        assertThat(reader.all(".c-like").stream().map(WebElement::getText)).contains("♥ Like 1");
        assertThat(reader.all(".c-like[aria-pressed=true]")).hasSize(1); // remembered on this device

        reader.await(".c-react").click();
        reader.awaitText(".c-stats", "1 like");
        reader.awaitText(".c-stats .c-views", "view"); // this reader's own visits, counted
        assertThat(reader.await(".c-react").getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void listPagesShowCommentCounts() {
        site.postRaw("{\"page\":\"/posts/async-writing/\",\"body\":\"one\"}");
        site.postRaw("{\"page\":\"/posts/async-writing/\",\"body\":\"two\"}");
        reader.open(site.url("/"));
        reader.awaitText("[data-colophon-count=\"/posts/async-writing/\"]", "2 comments");
        assertThat(reader.await("[data-colophon-count=\"/posts/from-hugo/\"]").getText()).isEqualTo("Comments"); // none: no "0"
    }

    @Test
    void permalinkScrollsToAndHighlightsTheComment() {
        String posted = site.postRaw("{\"page\":\"" + POST + "\",\"body\":\"linked\"}");
        String id = posted.replaceAll(".*\"id\":(\\d+).*", "$1");
        shortWindow(); // the comments are more than a screen away: the link alone starts the widget
        reader.open(site.url(POST + "#comment-" + id));
        reader.await("#comment-" + id + ".c-target");
        assertThat(((Number) reader.js("return document.getElementById('comment-" + id + "').getBoundingClientRect().top")).doubleValue())
                .as("the linked comment is in view").isBetween(0.0, 400.0);
    }

    @Test
    void theThreadIsDrawnOnlyWhenTheReaderScrollsNearIt() {
        site.postRaw("{\"page\":\"" + POST + "\",\"body\":\"drawn late\"}");
        shortWindow();
        reader.open(site.url(POST));
        reader.await(".share-open"); // the widget's script has started: counts, beacon and share button
        Object widgetBeforeScrolling = ((org.openqa.selenium.JavascriptExecutor) reader.driver).executeAsyncScript(
                        "var done = arguments[0]; requestAnimationFrame(function () { requestAnimationFrame(function () {"
                        + " setTimeout(function () { done([document.querySelectorAll('.colophon').length,"
                        + " document.querySelectorAll('link[data-colophon-css]').length,"
                        + " performance.getEntriesByType('resource').filter(function (r) { return r.name.indexOf('/api/v1/comments') >= 0; }).length]); }, 300); }); });");
        assertThat(widgetBeforeScrolling).as("widget roots, widget stylesheets, thread requests before scrolling")
                .isEqualTo(java.util.List.of(0L, 0L, 0L));
        reader.awaitText("[data-colophon-count=\"" + POST + "\"]", "comment"); // counts come without the widget

        reader.scrollToComments();
        reader.awaitText(".c-list .c-body", "drawn late");
        reader.await(".colophon .c-form");
    }

    /** A window so low that a post's comments start more than a screen below it. */
    private void shortWindow() {
        reader.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 400));
    }

    @Test
    void readerMarkupNeverExecutes() {
        String[] payloads = {
                "<script>window.__xss=1</script>",
                "<img src=x onerror=\\\"window.__xss=2\\\">",
                "[click me](javascript:window.__xss=3)",
                "<svg onload=\\\"window.__xss=4\\\"></svg>",
                "<a href=\\\"jav&#x09;ascript:window.__xss=5\\\">x</a>",
                "![img](x\\\" onerror=\\\"window.__xss=6)",
                "<iframe src=\\\"javascript:window.top.__xss=7\\\"></iframe>",
                "<details open ontoggle=\\\"window.__xss=8\\\">",
                "<script>alert(1)</script><img src=x onerror=alert(2)>"};
        for (String payload : payloads) {
            assertThat(site.postRaw("{\"page\":\"/posts/markdown-tour/\",\"body\":\"" + payload + "\",\"author\":\"<b onmouseover=alert(1)>x</b>\"}"))
                    .contains("\"id\"");
        }
        reader.open(site.url("/posts/markdown-tour/"));
        reader.scrollToComments();
        reader.awaitText(".c-stats", "comments");
        reader.all(".c-body a").forEach(WebElement::click);
        reader.all(".c-author").forEach(a -> new org.openqa.selenium.interactions.Actions(reader.driver).moveToElement(a).perform());
        assertThat(reader.js("return window.__xss === undefined")).isEqualTo(true);
        assertThat(reader.all(".c-body script, .c-body img, .c-body svg, .c-body iframe, .c-author b")).isEmpty();
    }

    @Test
    void longThreadsLoadMoreSortAndFoldDeepBranches() {
        String page = "/posts/from-hugo/";
        long parent = 0;
        for (int depth = 0; depth < 7; depth++) { // one deep branch
            String posted = site.postRaw("{\"page\":\"" + page + "\",\"body\":\"level " + depth + "\",\"parent\":"
                    + (depth == 0 ? "null" : String.valueOf(parent)) + "}");
            parent = Long.parseLong(posted.replaceAll(".*\"id\":(\\d+).*", "$1"));
        }
        for (int i = 1; i <= 55; i++) {
            site.postRaw("{\"page\":\"" + page + "\",\"body\":\"top " + i + "\"}");
        }
        reader.open(site.url(page));
        reader.awaitText(".c-list", "level 0");
        reader.waiting().until(d -> reader.all(".c-list > .c-comment").size() == 50); // drawn a few at a time
        assertThat(reader.all(".c-list[aria-busy]")).isEmpty();
        reader.await(".c-more").click();
        reader.awaitText(".c-list", "top 55");
        assertThat(reader.all(".c-list > .c-comment")).hasSize(56);
        assertThat(reader.all(".c-more").get(0).isDisplayed()).isFalse();

        WebElement toggle = reader.await(".c-toggle");
        assertThat(reader.all(".c-body").stream().filter(WebElement::isDisplayed).map(WebElement::getText)).doesNotContain("level 6");
        toggle.click();
        reader.awaitText(".c-replies .c-body", "level 6");

        WebElement first = reader.all(".c-list > .c-comment .c-time").get(0);
        new org.openqa.selenium.interactions.Actions(reader.driver).moveToElement(first).perform();
        assertThat(first.getAttribute("title")).isNotBlank(); // the exact time on hover
        assertThat(first.getText()).matches("just now|\\d+ minutes? ago"); // relative, from the widget's own strings

        new org.openqa.selenium.support.ui.Select(reader.await(".c-sort")).selectByValue("newest");
        reader.waiting().until(d ->
                d.findElements(By.cssSelector(".c-list > .c-comment > article .c-body")).get(0).getText().equals("top 55"));
    }

    @Test
    void remembersTheReaderOnlyWhenAsked() {
        reader.open(site.url(POST));
        WebElement form = reader.await(".colophon > .c-form");
        form.findElement(By.name("author")).sendKeys("Remembered Reader");
        form.findElement(By.name("body")).sendKeys("Remember me");
        form.findElement(By.name("remember")).click();
        form.findElement(By.cssSelector(".c-submit")).click();
        reader.awaitText(".c-status", "Comment posted");
        reader.open(site.url(POST));
        WebElement again = reader.await(".colophon > .c-form");
        assertThat(again.findElement(By.name("author")).getAttribute("value")).isEqualTo("Remembered Reader");

        again.findElement(By.name("body")).sendKeys("Forget me");
        again.findElement(By.name("remember")).click(); // untick: forget on the next post
        again.findElement(By.cssSelector(".c-submit")).click();
        reader.awaitText(".c-status", "Comment posted");
        reader.open(site.url(POST));
        assertThat(reader.await(".colophon > .c-form").findElement(By.name("author")).getAttribute("value")).isEmpty();
        assertThat(reader.js("return document.cookie")).isEqualTo("");
    }

    @Test
    void widgetSpeaksGermanWhenAsked() {
        reader.open(site.url(POST));
        reader.await(".colophon");
        reader.js("document.querySelector('[data-colophon-thread]').textContent='';"
                + "var s=document.querySelector('script[data-colophon-server]'); s.dataset.lang='de'; Colophon.init(s);");
        reader.await(".colophon textarea").click(); // the form opens when the reader starts writing
        reader.awaitText(".colophon .c-submit", "Kommentar senden");
    }
}
