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

    @Test
    void aReaderReusedForTheNextPageKeepsNothingOfTheLast() {
        PageText.Reader reader = new PageText.Reader();
        reader.read("<h2>Long heading</h2><p>" + "word ".repeat(500) + "</p><pre>code</pre><script>", 100);
        PageText second = reader.read("<p>Short <b>page</b></p>", 100);
        PageText fresh = PageText.of("<p>Short <b>page</b></p>", 100);
        assertThat(second.body()).isEqualTo(fresh.body()).isEqualTo("Short page");
        assertThat(second.headings()).isEmpty();
        assertThat(second.prose().toString()).isEqualTo(fresh.prose().toString());
        assertThat(second.code().toString()).isEmpty();
    }
}
