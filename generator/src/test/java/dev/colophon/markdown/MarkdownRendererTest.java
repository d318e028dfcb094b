package dev.colophon.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(true);

    @Test
    void summaryIsTheTextBeforeTheMoreMarker() {
        RenderedMarkdown md = renderer.render("Intro one.\n\nIntro two.\n\n<!--more-->\n\nRest.", false);
        assertThat(md.summaryHtml()).isEqualTo("<p>Intro one.</p>\n<p>Intro two.</p>");
        assertThat(md.summaryText()).isEqualTo("Intro one. Intro two.");
    }

    @Test
    void summaryFallsBackToTheFirstParagraph() {
        RenderedMarkdown md = renderer.render("# Title\n\nFirst *para*.\n\nSecond.", false);
        assertThat(md.summaryHtml()).isEqualTo("<p>First <em>para</em>.</p>");
    }

    @Test
    void readingTimeFollowsWordCount() {
        RenderedMarkdown md = renderer.render("word ".repeat(500), false);
        assertThat(md.words()).isEqualTo(500);
        assertThat(md.readingMinutes()).isEqualTo(3);
    }

    @Test
    void highlightedCodeKeepsTextAndEscapesMarkup() {
        RenderedMarkdown md = renderer.render("```java\nString s = \"<b>\"; // 1 < 2\n```\n", false);
        assertThat(md.html()).contains("<code class=\"language-java\">")
                .contains("<span class=\"tok-s\">&quot;&lt;b&gt;&quot;</span>")
                .contains("<span class=\"tok-c\">// 1 &lt; 2</span>")
                .doesNotContain("<b>");
    }

    @Test
    void unknownLanguageIsEscapedPlainCode() {
        RenderedMarkdown md = renderer.render("```brainfuck\n<+>\n```\n", false);
        assertThat(md.html()).contains("<code class=\"language-brainfuck\">&lt;+&gt;\n</code>");
    }

    @Test
    void gfmExtensionsAndHeadingAnchorsAreOn() {
        String html = renderer.render("## Hello World\n\n|a|b|\n|-|-|\n|1|2|\n\n~~gone~~ - [x] done\n\nhttps://x.example\n\nNote[^1]\n\n[^1]: Foot.", true).html();
        assertThat(html).contains("<h2 id=\"hello-world\">", "<table", "<del>gone</del>", "href=\"https://x.example\"",
                "class=\"footnote-ref\"", "<div class=\"toc\">");
    }
}
