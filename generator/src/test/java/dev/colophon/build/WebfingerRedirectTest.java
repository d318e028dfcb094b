package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code _redirects} rule that sends WebFinger to the comment server, for hosts that read that file. */
class WebfingerRedirectTest {
    @TempDir
    Path tmp;

    @Test
    void aSiteWithCommentsElsewhereGetsTheWebfingerRedirect() {
        TestSite site = new TestSite(tmp).file("site.yml",
                "title: Test\nbase_url: https://blog.example/\ncomments_url: https://comments.blog.example/\n");
        site.build();
        assertThat(site.read("_redirects"))
                .isEqualTo("/.well-known/webfinger  https://comments.blog.example/.well-known/webfinger  301\n");
    }

    @Test
    void theSitesOwnRedirectsAreKeptAndTheRuleAdded() {
        TestSite site = new TestSite(tmp)
                .file("site.yml", "title: Test\nbase_url: https://blog.example/\ncomments_url: https://comments.blog.example\n")
                .file("static/_redirects", "/old  /new  301");
        site.build();
        assertThat(site.read("_redirects")).isEqualTo("/old  /new  301\n"
                + "/.well-known/webfinger  https://comments.blog.example/.well-known/webfinger  301\n");
    }

    @Test
    void noRedirectsWithoutCommentsOrWhenTheyShareTheSitesOrigin() {
        TestSite plain = new TestSite(tmp.resolve("a"));
        plain.build();
        assertThat(plain.exists("_redirects")).isFalse();
        TestSite same = new TestSite(tmp.resolve("b"))
                .file("site.yml", "title: Test\nbase_url: https://blog.example/\ncomments_url: https://blog.example/\n");
        same.build();
        assertThat(same.exists("_redirects")).isFalse();
    }
}
