package dev.colophon.comments.internal.thread;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.rometools.rome.io.SyndFeedInput;
import dev.colophon.comments.internal.api.ApiException;
import dev.colophon.comments.internal.api.ErrorResponses;
import dev.colophon.comments.internal.errors.Refused;
import dev.colophon.comments.internal.api.Json;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.internal.feed.CommentFeed;
import dev.colophon.comments.internal.render.CommentRenderer;
import dev.colophon.comments.internal.store.AdminComment;
import dev.colophon.comments.internal.store.Status;
import java.io.StringReader;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Fuzzing (Jazzer): whatever a reader sends, the request parser answers with a 400-style error or a clean
 * request, the Markdown path produces no script, and the feed stays readable XML. A plain build runs the
 * committed inputs in {@code UntrustedInputFuzzTestInputs/}; CI fuzzes each target for {@code maxDuration}.
 */
class UntrustedInputFuzzTest {
    private static final RequestValidator VALIDATOR = new RequestValidator(Limits.defaults());
    private static final CommentRenderer RENDERER = new CommentRenderer();

    // The pieces attacks are made of, for the fuzzer's mutations.
    // Printable ASCII only (a newline in an entry breaks the dictionary file); the inputs carry the rest.
    @DictionaryEntries({"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))", "![a](data:text/html;base64,PHNjcmlwdD4=)", "<a href=\"vbscript:x\">",
            "<svg onload=alert(1)>", "<iframe src=//evil>", "`code`", "**b**", "<style>*{}</style>",
            "&#106;avascript:alert(1)", "[a]: javascript:alert(1)", "[b][a]", "<details open ontoggle=alert(1)>",
            "<math><mi href=javascript:1>"})
    @FuzzTest(maxDuration = "10s")
    void renderedMarkdownNeverCarriesScript(FuzzedDataProvider data) {
        String html;
        try {
            html = RENDERER.render(data.consumeRemainingAsString());
        } catch (Refused e) { // the one refusal the renderer has: nesting deeper than MAX_NESTING
            assertThat(ErrorResponses.statusOf(e.kind())).isBetween(400, 499);
            return;
        }
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            assertThat(element.tagName()).isNotIn("script", "iframe", "style", "svg", "math", "object", "embed");
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on");
                assertThat(attribute.getValue().strip().toLowerCase()).doesNotStartWith("javascript:")
                        .doesNotStartWith("vbscript:").doesNotStartWith("data:text");
            }
        }
    }

    @DictionaryEntries({"\"page\"", "\"body\"", "\"author\"", "\"parent\"", "\"email\"", "\"website\"", "\"notify\"",
            "\"/p/\"", "1.5", "-1", "true", "null", "\"\\ud800\"", "\"\\u0000\"", "\"javascript:x\"", "1e999",
            "\"a@b.c\"", "\"http://h/\""})
    @FuzzTest(maxDuration = "10s")
    void theRequestParserAnswersAnyBodyWithARequestOrA4xx(FuzzedDataProvider data) {
        byte[] body = data.consumeRemainingAsBytes();
        try {
            CommentRequest valid = VALIDATOR.validate(Json.parse(body, CommentRequest.class));
            assertThat(valid.page()).startsWith("/");
            assertThat(valid.body()).isNotBlank();
            assertThat(valid.author()).doesNotContain("\u0000").doesNotContain("\n");
        } catch (ApiException e) { // the JSON itself is wrong
            assertThat(e.status()).isBetween(400, 499);
            assertThat(e.getMessage()).doesNotContain("java.").doesNotContain("Exception");
        } catch (Refused e) { // the request the JSON makes is
            assertThat(ErrorResponses.statusOf(e.kind())).isBetween(400, 499);
            assertThat(e.getMessage()).doesNotContain("java.").doesNotContain("Exception");
        }
    }

    @FuzzTest(maxDuration = "10s")
    void theFeedIsReadableXmlWhateverIsStored(FuzzedDataProvider data) throws Exception {
        String author = data.consumeString(60);
        String html = data.consumeString(60);
        String page = data.consumeString(30);
        AdminComment comment = new AdminComment(1, "default", "/" + page, null, Status.APPROVED, author, null, null,
                "x", html, 0, 1_000, null, null, null, null, null, null);
        String atom = new CommentFeed("https://blog.example").atom("Comments on /" + page, "/" + page,
                "https://c.example/api/v1/feed", List.of(comment));
        assertThat(new SyndFeedInput().build(new StringReader(atom)).getEntries()).hasSize(1);
    }
}
