package dev.colophon.webmention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A post's outgoing links and the hash that tells {@code webmention send} its content changed. */
class OutgoingLinksTest {

    @Test
    void keepsLinksThatLeaveTheSiteOnceInOrder() {
        String html = "<p><a href=\"https://other.example/a\">a</a> <a href=\"/local\">l</a> <a href=\"https://site.example/x\">x</a>"
                + " <a href=\"mailto:me@x.example\">m</a> <a href=\"https://other.example/a\">again</a> <a href=\"http://b.example\">b</a></p>";
        OutgoingLinks.Post post = OutgoingLinks.of(html, "https://site.example/post/", "https://site.example", List.of("https://reply.example/t"), null);
        assertThat(post.links()).containsExactly("https://reply.example/t", "https://other.example/a", "http://b.example");
    }

    @Test
    void hashesTheContentAndWhatItRespondsToAsBuildsAlwaysHave() throws Exception {
        String html = "<p>Ünïcödé 🎉 <a href=\"https://other.example/\">x</a></p>";
        List<String> responseTo = List.of("https://reply.example/t");
        byte[] whole = MessageDigest.getInstance("SHA-256").digest((html + "\n" + responseTo).getBytes(StandardCharsets.UTF_8));
        assertThat(OutgoingLinks.of(html, "https://site.example/p/", "https://site.example", responseTo, null).hash())
                .isEqualTo(HexFormat.of().formatHex(whole, 0, 16))
                .isNotEqualTo(OutgoingLinks.of(html + " ", "https://site.example/p/", "https://site.example", responseTo, null).hash());
    }
}
