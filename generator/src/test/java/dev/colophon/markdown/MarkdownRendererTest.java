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
    void aSummaryFlexmarksTextCollectorFailsOnStillHasItsText() {
        // an indented fence with a blank line and an ampersand: flexmark's collector throws on this one
        RenderedMarkdown md = renderer.render("Intro.\n \n ```\n \n&mp;\n<!--more-->\n\nRest.", false);
        assertThat(md.summaryHtml()).contains("<p>Intro.</p>").contains("&amp;mp;");
        assertThat(md.summaryText()).isEqualTo("Intro. &mp;");
    }

    @Test
    void aRunOfBackslashesInAnUnclosedBracketRendersAtOnce() {
        // flexmark's link-label pattern took 20 s on 40 of these characters and doubled with every two more
        RenderedMarkdown md = renderer.render("[" + "\\\\".repeat(5_000) + "x\n\n[ok]: /ok\n\n[ok] and [ok][]", false);
        assertThat(md.html()).startsWith("<p>[\\\\").contains("<a href=\"/ok\">ok</a> and <a href=\"/ok\">ok</a>");
    }

    @Test
    void zolasSpacedMoreMarkerWorksToo() {
        RenderedMarkdown md = renderer.render("Intro.\n\n<!-- more -->\n\nRest.", false);
        assertThat(md.summaryHtml()).isEqualTo("<p>Intro.</p>");
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
    void aPostsLongStringsInCodeAreHighlightedWithoutOverflowingTheStack() {
        String path = "M0 0 " + "L10 20 ".repeat(8_000); // an SVG chart's path, as real posts carry
        String template = "`" + "<li>${item}</li>\\n\n".repeat(4_000) + "`";
        RenderedMarkdown md = renderer.render("```svg\n<path d=\"" + path + "\"/>\n```\n\n```js\nconst list = " + template
                + ";\n```\n\n```json\n{\"a\": \"" + "x\\\"y ".repeat(8_000) + "\"}\n```\n", false);
        assertThat(md.html()).contains("<span class=\"tok-s\">&quot;" + path + "&quot;</span>")
                .contains("<span class=\"tok-s\">`&lt;li&gt;${item}&lt;/li&gt;")
                .contains("<span class=\"tok-s\">&quot;x\\&quot;y ");
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

    @Test
    void theCommentLeftForAnUnconvertedShortcodeIsNoPartOfTheSummary() {
        RenderedMarkdown md = renderer.render("Before <!-- not converted: gallery() (see the build's warnings) --> after.\n", false);
        assertThat(md.summaryText()).isEqualTo("Before after.");
        assertThat(md.words()).isEqualTo(2);
    }

    @Test
    void textAndBareLinksRenderExactlyAsFlexmarkRendersThem() {
        String markdown = """
                Plain text: no link here, nor in 3.14 or a.b.c; "quotes", 1 < 2 > 0, \\*not em\\* &amp; &copy;.

                See https://example.com/a?b=1, www.example.org and mail me@example.net.

                A scheme alone ftp:// and WWW.Example.com; escaped http\\://x.example; entity http&#58;//y.example.

                `https://in.code` and [text](https://linked.example) stay as they are.
                """;
        com.vladsch.flexmark.util.data.MutableDataSet options = new com.vladsch.flexmark.util.data.MutableDataSet()
                .set(com.vladsch.flexmark.parser.Parser.EXTENSIONS,
                        java.util.List.of(com.vladsch.flexmark.ext.autolink.AutolinkExtension.create()));
        String flexmarks = com.vladsch.flexmark.html.HtmlRenderer.builder(options).build()
                .render(com.vladsch.flexmark.parser.Parser.builder(options).build().parse(markdown));
        String ours = new MarkdownRenderer(false).render(markdown, false).html();
        assertThat(ours).isEqualTo(flexmarks).contains("href=\"https://example.com/a?b=1\"",
                "href=\"http://www.example.org\"", "href=\"mailto:me@example.net\"");
    }

    @Test
    void textWithoutColonAtSignOrWwwIsPassedOverByTheAutolinker() {
        assertThat(QuickAutolinkExtension.mayHoldLink("just words, 3.14 and a.b.c")).isFalse();
        assertThat(QuickAutolinkExtension.mayHoldLink("see x://y")).isTrue();
        assertThat(QuickAutolinkExtension.mayHoldLink("me@host")).isTrue();
        assertThat(QuickAutolinkExtension.mayHoldLink("go to WwW.host")).isTrue();
    }
}
