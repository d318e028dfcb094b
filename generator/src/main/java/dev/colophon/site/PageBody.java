package dev.colophon.site;

import dev.colophon.markdown.RenderedMarkdown;

/**
 * What a page takes from its rendered Markdown: the body, which may be on disk, and the small parts that
 * lists, feeds and meta tags show of it, which stay in memory.
 *
 * @param templateSyntax whether the body holds {@code {{} or {@code {%}, so that the check for template
 *     syntax left in a page reads only those bodies back
 */
public record PageBody(Body html, String summaryHtml, String summaryText, int words, boolean templateSyntax) {

    /** The parts of a body rendered just now, with the body itself kept wherever {@code html} keeps it. */
    public static PageBody of(RenderedMarkdown rendered, Body html) {
        return new PageBody(html, rendered.summaryHtml(), rendered.summaryText(), rendered.words(), hasTemplateSyntax(rendered.html()));
    }

    /** A body held in memory. */
    public static PageBody held(RenderedMarkdown rendered) {
        return of(rendered, Body.of(rendered.html()));
    }

    public static boolean hasTemplateSyntax(String html) {
        return html.contains("{{") || html.contains("{%");
    }

    public int readingMinutes() {
        return RenderedMarkdown.readingMinutes(words);
    }
}
