package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerContentTest {
    @Test
    void aTemplateTagLeftOutsideCodeIsResidueButNotInCodeNorInAUrlEncodedLink() {
        assertThat(PeerContent.residue("<p>Hi {% if page.x %}there</p>")).hasValueSatisfying(r -> assertThat(r).startsWith("{% if"));
        assertThat(PeerContent.residue("<p>{{ page.title }}</p>")).isPresent();
        assertThat(PeerContent.residue("<pre><code>{% if a %}{{ b }}</code></pre>")).isEmpty();
        assertThat(PeerContent.residue("<a href=\"https://example.com/?q=%7B%0D%0A+id{%0D%0A%22\">JSON</a>")).isEmpty();
    }
}
