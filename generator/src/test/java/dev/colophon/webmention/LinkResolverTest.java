package dev.colophon.webmention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.internal.StringUtil;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** A link resolves to what Jsoup's {@code absUrl} gives for it, with or without the shortcut. */
class LinkResolverTest {
    private static final List<String> BASES = List.of("https://blog.example/posts/hello/", "http://Blog.Example:8080/a/b.html?q=1#top",
            "https://blog.example", "not a url", "https://blog.example/x\t/y/");

    private static String jsoup(String base, String href) {
        return StringUtil.resolve(base, Parser.unescapeEntities(href, true));
    }

    @Test
    void resolvesLinksAsJsoupDoes() {
        List<String> links = List.of("https://example.org/token", "http://example.org", "https://example.org?x=1&amp;y=2",
                "https://example.org/a/./b", "https://example.org/a/../b", "https://example.org/.well-known/x",
                "https://user@example.org/", "https://example.org:443/x", "https://example.org:/x", "HTTPS://example.org/x",
                "https://example.org/a b", "https://example.org/a\tb", "https://example.org/é", "https://[::1]/x",
                "https:///x", "https://example.org//double", "https://example.org/x#", "https://example.org/x#frag/../y",
                "https://example.org\\x", "https://exa_mple.org/", "/local/", "../up/", "?q=2", "#frag", "", "//proto.example/x",
                "mailto:me@example.org", "tel:+123", "javascript:alert(1)", "https://example.org/&eacute;", "ftp://example.org/");
        for (String base : BASES) {
            LinkResolver resolver = new LinkResolver(base);
            for (String link : links) {
                assertThat(resolver.resolve(link)).as(base + " + " + link).isEqualTo(jsoup(base, link));
            }
        }
    }

    @Test
    void agreesWithJsoupOnRandomLinks() {
        String alphabet = "aZ09.-_~/?#&=%:;@+!$'()*,[]\\ \t\u00e9.";
        String[] starts = {"https://", "http://", "https://example.org", "http://h.example/", "/", "", "./", "../", "HTTP://"};
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder link = new StringBuilder(starts[random.nextInt(starts.length)]);
            for (int n = random.nextInt(14); n > 0; n--) {
                link.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String base = BASES.get(random.nextInt(BASES.size()));
            assertThat(new LinkResolver(base).resolve(link.toString())).as(base + " + " + link).isEqualTo(jsoup(base, link.toString()));
        }
    }

    @Test
    void takesTheShortcutOnlyForPlainAbsoluteLinks() {
        assertThat(LinkResolver.isPlainAbsolute("https://example.org/posts/x?y=1#z")).isTrue();
        assertThat(LinkResolver.isPlainAbsolute("https://example.org:8443/x")).isFalse();
        assertThat(LinkResolver.isPlainAbsolute("https://example.org/a/../b")).isFalse();
        assertThat(LinkResolver.isPlainAbsolute("/posts/x/")).isFalse();
    }
}
