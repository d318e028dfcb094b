package dev.colophon.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import dev.colophon.text.FlexmarkInlineParser;

/** The inline parser without the copies renders every inline construct as flexmark's own does. */
class FlexmarkInlineParserTest {
    private static final MutableDataSet OPTIONS = new MutableDataSet().set(Parser.EXTENSIONS,
            List.of(TablesExtension.create(), StrikethroughExtension.create(), FootnoteExtension.create()));
    private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();
    private static final Parser COPY_FREE = FlexmarkInlineParser.install(Parser.builder(OPTIONS), OPTIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

    private static void assertSameHtml(String markdown) {
        assertThat(HTML.render(COPY_FREE.parse(markdown))).as(markdown).isEqualTo(HTML.render(FLEXMARK.parse(markdown)));
    }

    @Test
    void rendersLinksCodeAndReferencesAsFlexmarkDoes() {
        List.of("Some `code` and ``two `ticks` `` and ```unclosed`` run.",
                "[link](https://example.org \"title\") [ref][r] [collapsed][] [shortcut] ![img](/a.png 'alt')\n\n[r]: /r\n[collapsed]: /c\n[shortcut]: </s s> (t)",
                "[spaced]  (https://example.org)  [x]\n[y]: /y", "<https://auto.example> <me@mail.example> <a href=\"x\">html</a> &amp; &copy; &#35;",
                "**strong** *em* ~~gone~~ _under_ \\*escaped\\* line  \nbreak", "Footnote[^1].\n\n[^1]: The note with `code`.",
                "[unclosed ( link](x  [a](b \"unterminated) `` ` `` [](empty)", "| a | `b|c` |\n|---|---|\n| [l](u) | **s** |")
                .forEach(FlexmarkInlineParserTest::assertSameHtml);
    }

    @Test
    void agreesWithFlexmarkOnRandomInlineMixtures() {
        String[] parts = {"word ", "`", "``", " ", "[", "]", "(", ")", "(https://x.example/p \"t\")", "[r]", "![", "*", "**", "_", "~~",
                "<", ">", "&amp;", "\\", "\n", "\n\n", "  \n", "\"", "'", "https://y.example/q", "[r]: /ref\n", "|", "---", "é", "<b>"};
        Random random = new Random(64);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                markdown.append(parts[random.nextInt(parts.length)]);
            }
            assertSameHtml(markdown.toString());
        }
    }
}
