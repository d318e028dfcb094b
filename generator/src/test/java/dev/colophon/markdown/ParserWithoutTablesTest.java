package dev.colophon.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import dev.colophon.text.FlexmarkInlineParser;

/** Text without a {@code |} parses the same without the tables extension as with it, so a post without one skips it. */
class ParserWithoutTablesTest {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            TaskListExtension.create(), FootnoteExtension.create(), AnchorLinkExtension.create(), TocExtension.create());
    private static final MutableDataSet ALL = new MutableDataSet().set(Parser.EXTENSIONS, EXTENSIONS)
            .set(TablesExtension.MIN_SEPARATOR_DASHES, 1).set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    private static final MutableDataSet NO_TABLES = new MutableDataSet(ALL).set(Parser.EXTENSIONS,
            EXTENSIONS.stream().filter(e -> !(e instanceof TablesExtension)).toList());
    private static final Parser WITH = FlexmarkInlineParser.install(Parser.builder(ALL), ALL).build();
    private static final Parser WITHOUT = FlexmarkInlineParser.install(Parser.builder(NO_TABLES), NO_TABLES).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder(ALL).build();

    @Test
    void agreesOnRandomBlocksWithoutAPipe() {
        String[] parts = {"word ", "# Heading\n", "Setext\n---\n", "===\n", "- item\n", "1. one\n", "- [ ] task\n", "- [x] done\n",
                "> quote\n", "```\ncode\n```\n", "    indented\n", "[TOC]\n", "text[^1]\n", "[^1]: note\n", "~~gone~~ ", "---\n",
                ":---:\n", "- - -\n", "\n", "\n\n", "  \n", "[link](/x) ", "*em* ", "<div>\n", "</div>\n", "&amp; ", "+ plus\n", "\t"};
        Random random = new Random(25);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                markdown.append(parts[random.nextInt(parts.length)]);
            }
            String text = markdown.toString();
            assertThat(HTML.render(WITHOUT.parse(text))).as(text).isEqualTo(HTML.render(WITH.parse(text)));
        }
    }

    @Test
    void aTableNeedsThePipe() {
        String table = "a | b\n--|--\n1 | 2\n";
        assertThat(HTML.render(WITH.parse(table))).contains("<table>");
        assertThat(HTML.render(WITHOUT.parse(table))).doesNotContain("<table>");
    }
}
