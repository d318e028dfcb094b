package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.build.BuildOptions;
import dev.colophon.build.SiteBuilder;
import dev.colophon.comments.Embed;
import dev.colophon.comments.config.Moderation;
import dev.colophon.publish.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/** With search_comments, the search page lists matching approved comments, linked to their place in the thread. */
class CommentSearchTest {
    @TempDir
    Path tmp;

    @Test
    void theSearchPageFindsAnApprovedCommentAndLinksToIt() throws Exception {
        try (SiteUnderTest site = new SiteUnderTest(tmp, Moderation.POST); Browser browser = Browser.start()) {
            String posted = site.postRaw("{\"page\":\"/posts/async-writing/\",\"author\":\"Ada\",\"body\":\"A quokka reads slowly\"}");
            String id = posted.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
            Path config = tmp.resolve("site/site.yml");
            Files.writeString(config, Files.readString(config).replace("search_comments: false", "search_comments: true"));
            new SiteBuilder(Progress.silent()).build(new BuildOptions(tmp.resolve("site"), tmp.resolve("public"), false, false,
                    site.siteUrl + "/", Clock.systemUTC()).withEmbedScript(Embed.scriptPath()));

            browser.open(site.url("/search/?q=quokka"));
            browser.awaitText(".search-results .search-comment .search-title", "Ada on /posts/async-writing/");
            WebElement link = browser.all(".search-results .search-comment a").get(0);
            assertThat(link.getAttribute("href")).isEqualTo(site.url("/posts/async-writing/#comment-" + id));
            assertThat(browser.all(".search-results .search-comment mark")).extracting(WebElement::getText).contains("quokka");
            assertThat(browser.uncaughtErrors()).isEmpty();
        }
    }
}
