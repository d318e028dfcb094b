package dev.colophon.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortcodesTest {
    final Shortcodes shortcodes = new Shortcodes("https://blog.example/sub", "/sub");
    final MarkdownRenderer markdown = new MarkdownRenderer(true);

    String html(String source) {
        Shortcodes.Result result = shortcodes.expand(source);
        assertThat(result.unsupported()).isEmpty();
        return markdown.render(result.markdown(), false).html();
    }

    @Test
    void textWithoutShortcodesIsTheSameString() {
        String text = "# Title\n\nNo braces here.\n";
        assertThat(shortcodes.expand(text).markdown()).isSameAs(text);
    }

    @Test
    void figureOnItsOwnLineBecomesAFigureBetweenParagraphs() {
        String html = html("Before.\n{{< figure src=\"/img/a b.png\" alt=\"A & B\" caption=\"Taken in 2026\" link=\"/big/\" >}}\nAfter.\n");
        assertThat(html).isEqualTo("<p>Before.</p>\n"
                + "<figure><a href=\"/big/\"><img src=\"/img/a b.png\" alt=\"A &amp; B\" loading=\"lazy\"></a>"
                + "<figcaption>Taken in 2026</figcaption></figure>\n"
                + "<p>After.</p>\n");
    }

    @Test
    void youtubeAndVimeoUsePlayersThatSetNoCookiesUntilPlayed() {
        assertThat(html("{{< youtube dQw4w9WgXcQ >}}\n")).contains(
                "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" title=\"YouTube video\" loading=\"lazy\"");
        assertThat(html("{{< youtube id=\"dQw4w9WgXcQ\" title=\"A talk\" >}}\n")).contains("title=\"A talk\"");
        assertThat(html("{{% vimeo 146022717 %}}\n")).contains("src=\"https://player.vimeo.com/video/146022717?dnt=1\"");
        assertThat(html("{{< vimeo_simple 48912912 >}}\n")).contains("src=\"https://player.vimeo.com/video/48912912?dnt=1\"");
        assertThat(html("{{ youtube(id=\"dQw4w9WgXcQ\") }}\n")).contains("youtube-nocookie.com/embed/dQw4w9WgXcQ"); // Zola
        assertThat(html("{{< youtube dQw4w9WgXcQ >}}\n")).startsWith("<div class=\"video\">");
    }

    @Test
    void highlightBecomesAFencedCodeBlock() {
        String html = html("{{< highlight go \"linenos=table\" >}}\nfunc main() {}\n{{< /highlight >}}\n");
        assertThat(html).isEqualTo(markdown.render("```go\nfunc main() {}\n```\n", false).html());
    }

    @Test
    void inCodeHugosEscapedFormLosesItsMarkersAndNothingElseIsTouched() {
        String source = "Use `{{</* figure src=\"a.png\" */>}}` or:\n\n```\n{{%/* youtube abc */%}}\n{{< youtube abc >}}\n```\n";
        Shortcodes.Result result = shortcodes.expand(source);
        assertThat(result.markdown()).isEqualTo("Use `{{< figure src=\"a.png\" >}}` or:\n\n```\n{{% youtube abc %}}\n{{< youtube abc >}}\n```\n");
        assertThat(result.unsupported()).isEmpty();
    }

    @Test
    void codeBlocksCodeSpansAndEscapedShortcodesAreShownAsWritten() {
        String source = "Write `{{< figure src=\"x.png\" >}}` in a post:\n\n```\n{{< youtube abc >}}\n```\n\n{{</* figure src=\"x.png\" */>}}\n";
        Shortcodes.Result result = shortcodes.expand(source);
        assertThat(result.unsupported()).isEmpty();
        assertThat(result.markdown()).isEqualTo(source.replace("{{</* figure src=\"x.png\" */>}}", "{{< figure src=\"x.png\" >}}"));
    }

    @Test
    void jekyllSiteUrlsAndFiltersBecomeTheSitesOwn() {
        String source = "![a]({{ site.baseurl }}/assets/a.png) ![b]({{ \"/assets/b.png\" | relative_url }})"
                + " [home]({{ site.url }}{{ site.baseurl }}/) [c]({{ 'c/' | absolute_url }})";
        assertThat(shortcodes.expand(source).markdown()).isEqualTo("![a](/sub/assets/a.png) ![b](/sub/assets/b.png)"
                + " [home](https://blog.example/sub/) [c](https://blog.example/sub/c/)");
    }

    @Test
    void jekyllHighlightIsAFencedBlockAndRawIsCopiedWithoutItsTags() {
        assertThat(shortcodes.expand("{% highlight ruby linenos %}\nputs 1\n{% endhighlight %}\n").markdown())
                .isEqualTo("```ruby\nputs 1\n```\n");
        Shortcodes.Result raw = shortcodes.expand("Use {% raw %}{{ site.baseurl }}{% endraw %} in {{ site.baseurl }}.\n"
                + "{% raw %}\n{% include note.html %}\n{% endraw %}\n");
        // its braces as HTML writes them outside code, as kramdown's attribute syntax would read { site.baseurl } (a browser shows the same)
        assertThat(raw.markdown()).isEqualTo("Use &#123;&#123; site.baseurl }} in /sub.\n\n&#123;% include note.html %}\n\n");
        assertThat(shortcodes.expand("In `{% raw %}{{ a }}{% endraw %}` and {% raw %}`{{ b }}` {c}{% endraw %}.\n").markdown())
                .isEqualTo("In `{{ a }}` and `{{ b }}` &#123;c}.\n");
        assertThat(shortcodes.expand("Code:\n\n    if: {% raw %}${{ x }}{% endraw %}\n").markdown()).isEqualTo("Code:\n\n    if: ${{ x }}\n");
        assertThat(raw.unsupported()).isEmpty();
        // a code block opened inside raw closes after it: what follows is text again
        Shortcodes.Result fenced = shortcodes.expand("{% raw %}\n```liquid\n{{ x }}\n{% endraw %}\n```\n\nAt {{ site.baseurl }}.\n");
        assertThat(fenced.markdown()).isEqualTo("\n```liquid\n{{ x }}\n\n```\n\nAt /sub.\n");
    }

    @Test
    void longLinesOfArgumentsOrOpenersDoNotExhaustASmallStack() throws Exception {
        String manyArguments = "{{< figure" + " a=b".repeat(100_000) + " >}";
        String manyOpeners = "{{< x ".repeat(2_000) + "{% y ".repeat(2_000);
        Throwable[] failure = {null};
        Thread small = new Thread(null, () -> {
            try {
                assertThat(shortcodes.expand(manyArguments).markdown()).isEqualTo(manyArguments);
                assertThat(shortcodes.expand(manyOpeners).markdown()).isEqualTo(manyOpeners);
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertThat(failure[0]).isNull();
    }

    @Test
    void linksToOtherPagesBecomePlaceholdersResolvedOnceEveryPageIsKnown() {
        Shortcodes.Result result = shortcodes.expand("[a]({{< ref \"posts/a b.md#x\" >}}) [b]({{< relref path=\"b\" >}}) [c]({% post_url 2010-07-21-c %})");
        assertThat(result.markdown()).isEqualTo("[a](colophon-ref:abs:posts%2Fa+b.md%23x) [b](colophon-ref:rel:b) [c](colophon-ref:rel:2010-07-21-c)");
        assertThat(result.refs()).isTrue();
        assertThat(shortcodes.expand("{{< figure src=\"a.png\" >}}").refs()).isFalse();
    }

    @Test
    void gistsPostsOnXAndInstagramBecomeLinksNotThirdPartyScripts() {
        Shortcodes.Result result = shortcodes.expand("See {{< gist spf13 7896402 >}}.\n{{< tweet user=\"SanDiegoZoo\" id=\"1453110110599868418\" >}}\n"
                + "{{< tweet 877500564405444608 >}} {{< instagram BWNjjyYFxVx >}} {% gist parkr/931c1c8d465a04042403 %}");
        assertThat(result.unsupported()).isEmpty();
        assertThat(result.markdown()).isEqualTo("See <a class=\"embed\" href=\"https://gist.github.com/spf13/7896402\">Gist spf13/7896402</a>.\n"
                + "\n<p><a class=\"embed\" href=\"https://x.com/SanDiegoZoo/status/1453110110599868418\">Post by @SanDiegoZoo on X</a></p>\n\n"
                + "<a class=\"embed\" href=\"https://x.com/i/status/877500564405444608\">Post on X</a> "
                + "<a class=\"embed\" href=\"https://www.instagram.com/p/BWNjjyYFxVx/\">Instagram post</a> "
                + "<a class=\"embed\" href=\"https://gist.github.com/parkr/931c1c8d465a04042403\">Gist parkr/931c1c8d465a04042403</a>");
        assertThat(shortcodes.expand("{{< tweet user=\"x\\\"><script>\" id=\"1\" >}}").unsupported()).hasSize(1);
    }

    @Test
    void unknownShortcodesLeaveOnlyACommentNamingThemAndAreReportedWithTheirLine() {
        String source = "Intro.\n\nSee {{< myshortcode spf13 7896402 >}}.\n{{< param user=\"x\" id=\"1\" >}}\n";
        Shortcodes.Result result = shortcodes.expand(source);
        assertThat(result.markdown()).isEqualTo("Intro.\n\nSee <!-- not converted: myshortcode (see the build's warnings) -->.\n"
                + "<!-- not converted: param (see the build's warnings) -->\n");
        assertThat(result.unsupported()).containsExactly(
                new Shortcodes.Unsupported(3, "{{< myshortcode spf13 7896402 >}}"),
                new Shortcodes.Unsupported(4, "{{< param user=\"x\" id=\"1\" >}}"));
        assertThat(shortcodes.expand("{{< youtube \"no good id!\" >}}").unsupported()).hasSize(1);
        assertThat(shortcodes.expand("Go templates: {{ .Title }} and {{ range . }}").unsupported()).isEqualTo(List.of());
        assertThat(shortcodes.expand("A {% comment %}note{% endcomment %} and {% include note.html %}").unsupported())
                .extracting(Shortcodes.Unsupported::shortcode).containsExactly("{% comment %}", "{% endcomment %}", "{% include note.html %}");
        assertThat(shortcodes.expand("{% include note.html %} {{ gallery(a=\"--\") }} {{< /box >}} <img src=\"{{ pic() }}\">").markdown())
                .isEqualTo("<!-- not converted: include note.html (see the build's warnings) --> <!-- not converted: gallery() "
                        + "(see the build's warnings) --> <!-- not converted: /box (see the build's warnings) --> <img src=\"\">");
        Shortcodes.Result pair = shortcodes.expand("{{< notice note >}}\nKept.\n{{< /notice >}}\n\n{% tip(kind=\"a\") %}\nAlso.\n{% end %}\n");
        assertThat(pair.unsupported()).extracting(Shortcodes.Unsupported::shortcode) // a pair is reported once, at its opening
                .containsExactly("{{< notice note >}}", "{% tip(kind=\"a\") %}");
        assertThat(pair.markdown()).contains("Kept.", "Also.").doesNotContain("{{", "{%");
    }

    @Test
    void theRegistryDecidesWhichFamilyExpandsACallByItsSyntaxAndName() {
        ShortcodeRegistry registry = ShortcodeRegistry.builtIn()
                .register(ShortcodeSyntax.HUGO, (call, context) -> "<kbd>" + call.arg("key", 0) + "</kbd>", "kbd", "youtube");
        Shortcodes own = new Shortcodes(registry, "https://blog.example/sub", "/sub");
        Shortcodes.Result result = own.expand("Press {{< kbd Ctrl >}}, {{< youtube abc >}}, {{ youtube(id=\"abc\") }} {{< figure src=\"a.png\" >}}");
        assertThat(result.unsupported()).isEmpty();
        assertThat(result.markdown()).startsWith("Press <kbd>Ctrl</kbd>, <kbd>abc</kbd>, <div class=\"video\"><iframe src=\"https://www.youtube-nocookie.com/embed/abc\"")
                .endsWith("<figure><img src=\"a.png\" alt=\"\" loading=\"lazy\"></figure>");
        assertThat(shortcodes.expand("{{< kbd Ctrl >}}").unsupported()).hasSize(1); // the built-in registry has no kbd
    }
}
