package dev.colophon.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Texts kept out of flexmark's writer come back where the writer would have put them, to the byte. */
class DeferredTextTest {
    private static final MarkdownOptions ALL = new MarkdownOptions("github", true, "https://github.com/", true);
    private static final List<MarkdownRenderer[]> PAIRS = List.of(
            new MarkdownRenderer[] {new MarkdownRenderer(true, MarkdownOptions.standard(), false), new MarkdownRenderer(true)},
            new MarkdownRenderer[] {new MarkdownRenderer(false, ALL, false), new MarkdownRenderer(false, ALL, true)});

    private static void assertSameAsTheWriter(String markdown, boolean withToc) {
        for (MarkdownRenderer[] pair : PAIRS) {
            assertThat(outcome(pair[1], markdown, withToc)).as(markdown).isEqualTo(outcome(pair[0], markdown, withToc));
        }
    }

    /** What a render gives, or how it fails: flexmark's text collecting throws on some random mixtures either way. */
    private static Object outcome(MarkdownRenderer renderer, String markdown, boolean withToc) {
        try {
            return renderer.render(markdown, withToc);
        } catch (RuntimeException | AssertionError e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void rendersEveryBlockAndInlineAsTheWriterDoes() {
        List.of("Plain text with <specials> & \"quotes\".", "  leading and trailing spaces  \nnext line", "tab\tinside and at end\t",
                "# Heading *em*\n\n- item one\n  - nested **strong**\n\n> quote `code`\n\n1. one\n2. two",
                "```java\nclass A { String s = \"x\"; }\n```\n\n    indented code\n", "Footnote[^1].\n\n[^1]: The note.",
                "| a | b |\n|---|---|\n| [l](/u) | ~~s~~ |", "- [ ] task\n- [x] done", "<div>\nhtml block\n</div>\n\nafter",
                "line  \nhard break and \\*escaped\\* and &amp; entity", "Summary.\n\n<!--more-->\n\nRest of the post.",
                ":smile: @someone {: .cls}\n\nword", "Ünïcödé tëxt — “smart” quotes and emoji 🎉 right here")
                .forEach(markdown -> {
                    assertSameAsTheWriter(markdown, false);
                    assertSameAsTheWriter(markdown, true);
                });
    }

    @Test
    void agreesWithTheWriterOnRandomMixtures() {
        String[] parts = {"word ", "word", " ", "  ", "\t", "\n", "\n\n", "  \n", "# ", "## Heading\n", "- ", "  - ", "1. ", "> ",
                "```\ncode  \n\n```\n", "```java\n\tint a = 1;  \n\n  // \"c\" <x>\n\n\n```\n", "  ```\n  in list\n   \n  ```\n", "    indented\n", "*", "**", "_", "~~", "`", "[", "](/x)", "[^1]", "[^1]: note\n", "<b>", "</b>",
                "<div>\n", "</div>\n", "&amp;", "&#38;", "\\", "<", ">", "\"", "é", "—", "https://x.example/p ", "| a |", "|---|\n",
                "- [ ] ", "<!--more-->\n", "[TOC]\n", "\u00a0", "---\n", "\uE000"};
        Random random = new Random(18);
        for (int i = 0; i < 4_000; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                markdown.append(parts[random.nextInt(parts.length)]);
            }
            assertSameAsTheWriter(markdown.toString(), random.nextInt(4) == 0);
        }
    }

    @Test
    void aMarkOfTheSourceStaysAsWritten() {
        MarkdownRenderer renderer = new MarkdownRenderer(false);
        assertThat(renderer.render("a \uE000\uE100\uE100 b", false).html()).isEqualTo("<p>a \uE000\uE100\uE100 b</p>\n");
        assertThat(renderer.render("a &#xE000;&#xE100;&#xE100; b", false).html()).isEqualTo("<p>a \uE000\uE100\uE100 b</p>\n");
    }

    @Test
    void onlyARunThatEndsInNoBlankNorBreaksALineIsDeferred() {
        assertThat(DeferredText.canDefer("a b\tc", 0, 5)).isTrue();
        assertThat(DeferredText.canDefer(" a b ", 1, 4)).isTrue();
        assertThat(DeferredText.canDefer(" a ", 0, 2)).isFalse();
        assertThat(DeferredText.canDefer(" a ", 1, 3)).isFalse();
        assertThat(DeferredText.canDefer("a\nb", 0, 3)).isFalse();
        assertThat(DeferredText.canDefer("a b\n", 0, 3)).isTrue();
    }
}
