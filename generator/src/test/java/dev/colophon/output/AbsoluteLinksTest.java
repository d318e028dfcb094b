package dev.colophon.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbsoluteLinksTest {
    static final String PAGE = "https://blog.example/sub/posts/trip/";

    @Test
    void relativeLinksAndImagesResolveAgainstThePage() {
        String html = "<p><img src=\"photo.jpg\" alt=\"\" /> <a href=\"../other/\">other</a> <a href=\"/about/\">about</a>"
                + " <a href=\"#fn-1\">1</a> <a href=\"?q=a&amp;b=c\">query</a></p>";
        assertThat(AbsoluteLinks.in(html, PAGE)).isEqualTo("<p><img src=\"https://blog.example/sub/posts/trip/photo.jpg\" alt=\"\" />"
                + " <a href=\"https://blog.example/sub/posts/other/\">other</a> <a href=\"https://blog.example/about/\">about</a>"
                + " <a href=\"https://blog.example/sub/posts/trip/#fn-1\">1</a>"
                + " <a href=\"https://blog.example/sub/posts/trip/?q=a&amp;b=c\">query</a></p>");
    }

    @Test
    void absoluteAndOddLinksStayAsWritten() {
        String html = "<a href=\"https://x.example/\">x</a><a href=\"mailto:a@b.example\">m</a><img src=\"//cdn.example/i.png\">"
                + "<a href=\"a b<c\">odd</a><a href=\"\">empty</a><a data-href=\"x.html\">not a link</a>";
        assertThat(AbsoluteLinks.in(html, PAGE)).isEqualTo(html);
    }
}
