package dev.colophon.comments.internal.importer;

/** Plain text of sanitized comment HTML, kept as an imported comment's source for later edits. */
final class HtmlText {
    private HtmlText() {
    }

    static String of(String html) {
        String text = html.replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|blockquote|li|pre|h[3-6])>", "\n\n")
                .replaceAll("<[^>]*>", "");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&#64;", "@").replace("&#61;", "=").replace("&#43;", "+")
                .replace("&amp;", "&").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
