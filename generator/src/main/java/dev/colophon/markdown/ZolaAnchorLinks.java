package dev.colophon.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zola's {@code insert_anchor_links}: each Markdown heading gets the link of Zola's default
 * {@code anchor-link.html} template ({@code <a class="zola-anchor" …>🔗</a>}) before its text
 * ({@code left}), after it ({@code right}), or around it ({@code heading}), in place of Colophon's own.
 * {@code none}, Zola's default, leaves Colophon's own heading links as they are.
 */
public final class ZolaAnchorLinks {
    /** A heading as {@link MarkdownRenderer} writes it: its id, then Colophon's anchor link, then its text. */
    private static final Pattern HEADING = Pattern.compile(
            "(?s)<h([1-6]) id=\"([^\"]{1,500})\"([^>]{0,500})><a href=\"#\\2\" class=\"anchor\"[^>]{0,1000}><span aria-hidden=\"true\">#</span></a>(.*?)</h\\1>");

    private ZolaAnchorLinks() {
    }

    /** The HTML with Zola's anchor links in the mode given; any mode but left, right or heading leaves it as it is. */
    public static String insert(String html, String mode) {
        if (!mode.equals("left") && !mode.equals("right") && !mode.equals("heading") || !html.contains("class=\"anchor\"")) {
            return html;
        }
        Matcher m = HEADING.matcher(html);
        return m.replaceAll(h -> {
            String open = "<a class=\"zola-anchor\" href=\"#" + h.group(2) + "\" aria-label=\"Anchor link for: " + h.group(2) + "\">";
            String text = h.group(4);
            String inside = switch (mode) {
                case "left" -> open + "🔗</a>" + text;
                case "right" -> text + open + "🔗</a>";
                default -> open + text + "</a>";
            };
            return Matcher.quoteReplacement("<h" + h.group(1) + " id=\"" + h.group(2) + "\"" + h.group(3) + ">" + inside + "</h" + h.group(1) + ">");
        });
    }
}
