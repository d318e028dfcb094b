package dev.colophon.webmention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The one-pass link scanner finds what Jsoup's parse finds, in the same order of first appearance
 * (a parser may clone an unclosed {@code a} into the next paragraph; a post's links are a set).
 */
class HtmlLinksTest {
    private static final String BASE = "https://blog.example/posts/hello/";

    @Test
    void findsTheLinksJsoupFindsInMarkupAuthorsWrite() {
        List<String> cases = List.of(
                "<p>See <a href=\"https://a.example/x?y=1&amp;z=2\">this</a> and <a href='/local/'>that</a>.</p>",
                "<A HREF=https://b.example/upper>shout</A><a\nclass=\"c\"\nhref=\"https://c.example/\">lines</a>",
                "<a name=top></a><a href>empty</a><a href=\"\">blank</a><a href=\"#frag\">frag</a>",
                "<abbr href=\"https://no.example/\">not a link</abbr><area href=\"https://area.example/\">",
                "<!-- <a href=\"https://commented.example/\">x</a> --><a href=\"https://after.example/\">y</a>",
                "<script>var s = '<a href=\"https://script.example/\">';</script><a href=\"https://real.example/\">z</a>",
                "<style>a[href=\"x\"] { color: red }</style><textarea><a href=\"https://textarea.example/\"></textarea>",
                "<img alt=\"<a href='https://alt.example/'>\" src=x.png><a href=\"https://d.example/&#x41;&eacute;\">e</a>",
                "<a href=\"https://first.example/\" href=\"https://second.example/\">two</a>",
                "<a title='it&apos;s' data-href=\"https://data.example/\" href = \"  https://spaced.example/  \">s</a>",
                "<pre><code>&lt;a href=\"https://code.example/\"&gt;</code></pre><a href=\"../up/\">up</a>",
                "<a/href=\"https://slash.example/\">slash</a><a href=\"mailto:me@blog.example\">mail</a>",
                "<SCRIPT type=module>if (a<b) {}</SCRIPT ><a href=//proto.example/rel>p</a>");
        for (String html : cases) {
            assertThat(HtmlLinks.of(html, BASE)).as(html).isEqualTo(jsoup(html));
        }
    }

    @Test
    void agreesWithJsoupOnRandomMixturesOfThoseMarkups() {
        String[] parts = {"<p>", "</p>", "text ", "a < b ", "<a href=\"https://x.example/%d\">", "</a>", "<a href='/y/%d'>",
                "<a class=k href=https://z.example/%d>", "<!-- c -->", "<!-- <a href=\"https://hidden.example/\"> -->",
                "<script>x = \"<a href='https://s.example/'>\"</script>", "<em>", "</em>", "&amp; ", "<br>", "<img src=\"i.png\" alt='<a'>",
                "<code>&lt;a href=\"https://c.example/\"&gt;</code>", "<a href=\"https://q.example/?a=1&amp;b=%d\">", "\n"};
        Random random = new Random(20261202);
        for (int round = 0; round < 500; round++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                html.append(String.format(parts[random.nextInt(parts.length)], random.nextInt(100)));
            }
            assertThat(HtmlLinks.of(html.toString(), BASE).stream().distinct().toList()).as(html.toString())
                    .isEqualTo(jsoup(html.toString()).stream().distinct().toList());
        }
    }

    private static List<String> jsoup(String html) {
        return Jsoup.parseBodyFragment(html, BASE).select("a[href]").stream().map(a -> a.absUrl("href")).toList();
    }
}
