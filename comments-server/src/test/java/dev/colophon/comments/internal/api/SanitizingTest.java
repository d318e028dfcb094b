package dev.colophon.comments.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a reader submits, the stored HTML carries no script, handler or dangerous URL. */
class SanitizingTest {
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.open(tmp, Moderation.POST);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](java&#x09;script:alert(1))",
            "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<svg onload=alert(1)><circle/></svg>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "![x](x\" onerror=\"alert(1))",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<style>body{display:none}</style>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<<script>script>alert(1)<</script>/script>"})
    void readerMarkupNeverBecomesActiveHtml(String body) {
        String html = server.comment("/xss/", body, null).get("html").asText();
        String lower = html.toLowerCase();
        assertThat(lower).doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "onerror=", "onload=",
                "href=\"javascript", "href=\"data:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[site](https://example.com)", "https://example.com"})
    void linksGetNofollowUgcNoopener(String body) {
        String html = server.comment("/links/", body, null).get("html").asText();
        assertThat(html).contains("href=\"https://example.com\"").contains("rel=\"nofollow ugc noopener\"");
    }
}
