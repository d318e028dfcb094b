package dev.colophon.comments.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentRendererTest {
    @Test
    void nestingCountsTheQuoteAndListMarkersThatOpenALine() {
        assertThat(CommentRenderer.deepestNesting("plain text\nmore")).isZero();
        assertThat(CommentRenderer.deepestNesting("> quoted\n>> deeper\n> > - a list in quotes")).isEqualTo(3);
        assertThat(CommentRenderer.deepestNesting("---\n***\n+1 and -2\ntext > not a quote")).isZero();
        assertThat(CommentRenderer.deepestNesting(">".repeat(40))).isEqualTo(40);
    }

    @Test
    void ordinaryNestingStillRenders() {
        String deepest = ">".repeat(CommentRenderer.MAX_NESTING) + " still fine";
        assertThat(new CommentRenderer().render(deepest)).contains("still fine").contains("<blockquote>");
    }

    @Test
    void aRunOfBackslashesInAnUnclosedBracketRendersAtOnce() {
        // flexmark's link-label pattern took 20 s on 40 of these characters and doubled with every two more
        String body = "[" + "\\\\".repeat(5_000) + "x";
        assertThat(new CommentRenderer().render(body)).startsWith("<p>[\\\\").endsWith("x</p>");
    }

    @Test
    void referenceLinksAndTheirDefinitionsStillWork() {
        String html = new CommentRenderer().render("See [the docs][d] and [this].\n\n[d]: https://example.org/docs\n[this]: https://example.org/a");
        assertThat(html).contains("<a href=\"https://example.org/docs\"").contains("<a href=\"https://example.org/a\"")
                .doesNotContain("[d]:");
    }
}
