package dev.colophon.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Output formats are data: a name, a media type, a base name and an extension, as Hugo's are. */
class OutputFormatTest {

    @Test
    void eachRenderedFormatNamesItsOwnFile() {
        assertThat(OutputFormat.RENDERED).extracting(OutputFormat::fileName)
                .containsExactly("index.html", "atom.xml", "rss.xml", "feed.json", "sitemap.xml", "robots.txt", "_redirects");
        assertThat(OutputFormat.RENDERED).extracting(OutputFormat::name).doesNotHaveDuplicates();
    }

    @Test
    void feedsAreServedAsXmlAndJsonAsStaticHostsServeThem() {
        assertThat(OutputFormat.ATOM.mediaType()).isEqualTo("application/xml; charset=utf-8");
        assertThat(OutputFormat.JSON_FEED.mediaType()).isEqualTo("application/json");
        assertThat(OutputFormat.REDIRECTS.mediaType()).startsWith("text/plain");
    }

    @Test
    void aFilePublishedAsItIsIsKnownByItsExtensionInAnyCase() {
        assertThat(OutputFormat.ofFile("images/Photo.JPG").mediaType()).isEqualTo("image/jpeg");
        assertThat(OutputFormat.ofFile("search/t.0.json")).isEqualTo(new OutputFormat("file", "application/json", "t.0", "json"));
        assertThat(OutputFormat.ofFile("a.dir/LICENSE").mediaType()).isEqualTo("application/octet-stream");
        assertThat(OutputFormat.ofFile("downloads/x.tar.zst").mediaType()).isEqualTo("application/octet-stream");
    }

    @Test
    void aTemplatesPageIsHtmlUnlessItsPermalinkNamesAnotherKindOfFile() {
        assertThat(OutputFormat.ofPage("posts/hello/index.html")).isSameAs(OutputFormat.HTML);
        assertThat(OutputFormat.ofPage("feed.xml").mediaType()).isEqualTo("application/xml; charset=utf-8");
        assertThat(OutputFormat.ofPage("feed.xml").isHtml()).isFalse();
        assertThat(OutputFormat.HTML.isHtml()).isTrue();
    }
}
