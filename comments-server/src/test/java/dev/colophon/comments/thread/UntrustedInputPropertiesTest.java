package dev.colophon.comments.thread;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.io.SyndFeedInput;
import dev.colophon.comments.api.ApiException;
import dev.colophon.comments.api.Json;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.feed.CommentFeed;
import dev.colophon.comments.render.CommentRenderer;
import dev.colophon.comments.store.AdminComment;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Fuzzing by properties (jqwik): whatever a reader sends, the request parser answers with a 400-style
 * error or a clean request, the Markdown path produces no script, and the feed stays readable XML. Each
 * property runs a bounded number of tries, so CI time stays small; a failure prints the shrunk input.
 */
class UntrustedInputPropertiesTest {
    private static final RequestValidator VALIDATOR = new RequestValidator(Limits.defaults());
    private static final CommentRenderer RENDERER = new CommentRenderer();

    /** Markdown built from the pieces attacks are made of, mixed with any text. */
    @Provide
    Arbitrary<String> hostileMarkdown() {
        Arbitrary<String> pieces = Arbitraries.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "![a](data:text/html;base64,PHNjcmlwdD4=)",
                "<a href=\"vbscript:x\">", "<svg onload=alert(1)>", "<iframe src=//evil>", "`code`", "**b**", "\n\n",
                "<style>*{}</style>", "&#106;avascript:alert(1)", "[a]: javascript:alert(1)\n[b][a]", "<", ">", "\"", "'",
                "\u0000", "\uFFFF", "\u202E", "<details open ontoggle=alert(1)>", "<math><mi href=javascript:1>");
        return Arbitraries.oneOf(pieces, Arbitraries.strings().ofMaxLength(40)).list().ofMaxSize(12)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 400)
    void renderedMarkdownNeverCarriesScript(@ForAll("hostileMarkdown") String markdown) {
        String html = RENDERER.render(markdown);
        for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
            assertThat(element.tagName()).isNotIn("script", "iframe", "style", "svg", "math", "object", "embed");
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on");
                assertThat(attribute.getValue().strip().toLowerCase()).doesNotStartWith("javascript:")
                        .doesNotStartWith("vbscript:").doesNotStartWith("data:text");
            }
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> tokens = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"page\"", "\"body\"", "\"author\"",
                "\"parent\"", "\"email\"", "\"website\"", "\"notify\"", "\"/p/\"", "\"x\"", "1", "1.5", "-1", "true", "null",
                "\"\\ud800\"", "\"\\u0000\"", "\"javascript:x\"", "1e999", "\"a@b.c\"", "\"http://h/\"");
        return Arbitraries.oneOf(tokens, Arbitraries.strings().ofMaxLength(8)).list().ofMaxSize(20)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 600)
    void theRequestParserAnswersAnyBodyWithARequestOrA4xx(@ForAll("jsonish") String body) {
        try {
            CommentRequest valid = VALIDATOR.validate(Json.parse(body.getBytes(StandardCharsets.UTF_8), CommentRequest.class));
            assertThat(valid.page()).startsWith("/");
            assertThat(valid.body()).isNotBlank();
            assertThat(valid.author()).doesNotContain("\u0000").doesNotContain("\n");
        } catch (ApiException e) {
            assertThat(e.status()).isBetween(400, 499);
            assertThat(e.getMessage()).doesNotContain("java.").doesNotContain("Exception");
        }
    }

    @Property(tries = 200)
    void theFeedIsReadableXmlWhateverIsStored(@ForAll @StringLength(max = 60) String author,
                                               @ForAll @StringLength(max = 60) String html,
                                               @ForAll @StringLength(max = 30) String page) throws Exception {
        AdminComment comment = new AdminComment(1, "default", "/" + page, null, "approved", author, null, null,
                "x", html, 0, 1_000, null, null, null, null, null, null);
        String atom = new CommentFeed("https://blog.example").atom("Comments on /" + page, "/" + page,
                "https://c.example/api/v1/feed", List.of(comment));
        assertThat(new SyndFeedInput().build(new StringReader(atom)).getEntries()).hasSize(1);
    }
}
