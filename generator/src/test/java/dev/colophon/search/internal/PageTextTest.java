package dev.colophon.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page's text as the index reads it from its rendered body. */
class PageTextTest {
    @Test
    void textIsReadFromHtmlWithHeadingsApartAndEntitiesDecoded() {
        PageText text = PageText.of("<h2 id=\"x\">Fish &amp; Chips</h2><p>Some <em>fried</em> food.</p><script>var no;</script><pre>code</pre>", 1000);
        assertThat(text.body()).isEqualTo("Fish & Chips Some fried food. code");
        assertThat(text.headings()).isEqualTo("Fish & Chips");
    }
}
