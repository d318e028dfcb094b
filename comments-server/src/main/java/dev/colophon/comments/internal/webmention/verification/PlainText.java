package dev.colophon.comments.internal.webmention.verification;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

/**
 * A remote entry's HTML as plain text in paragraphs, with Markdown's characters escaped, so that it goes
 * through the comment renderer and sanitizer as any comment does and reads as its author wrote it.
 */
public final class PlainText {
    private PlainText() {
    }

    static String of(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, template").remove();
        for (TextNode node : allText(doc)) {
            node.text(node.getWholeText().replaceAll("\\s+", " ")); // the page's own line breaks are spaces
        }
        doc.select("br").forEach(br -> br.after(new TextNode("\n")));
        doc.select("p, div, li, blockquote, h1, h2, h3, h4, h5, h6, pre, tr").forEach(b -> b.after(new TextNode("\n\n")));
        return doc.body().wholeText().replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static java.util.List<TextNode> allText(Document doc) {
        java.util.List<TextNode> nodes = new java.util.ArrayList<>();
        doc.body().traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        });
        return nodes;
    }

    /** Escapes what Markdown would read as formatting, so the text shows as text. */
    public static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String line : text.split("\n", -1)) {
            String escaped = line.replaceAll("([\\\\`*_\\[\\]<>#!~|])", "\\\\$1");
            escaped = escaped.replaceFirst("^(\\s*)([-+=])(\\s)", "$1\\\\$2$3");
            out.append(escaped.replaceFirst("^(\\s*)(\\d+)([.)])(\\s)", "$1$2\\\\$3$4")).append('\n');
        }
        return out.toString().strip();
    }

}
