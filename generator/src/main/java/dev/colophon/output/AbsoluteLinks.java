package dev.colophon.output;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the links and images of rendered HTML absolute, for feeds: a feed reader shows a post away
 * from its page, so {@code <img src="photo.jpg">} in a page bundle would resolve against the feed.
 */
final class AbsoluteLinks {
    /** A double-quoted src or href, as Flexmark writes them (and most authors do). */
    private static final Pattern LINK = Pattern.compile("(\\s(?:src|href)=\")([^\"]*)\"");
    private static final Pattern ABSOLUTE = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");

    private AbsoluteLinks() {
    }

    /** The HTML with every relative src and href resolved against {@code base}, the page's absolute URL. */
    static String in(String html, String base) {
        if (!html.contains("src=\"") && !html.contains("href=\"")) {
            return html;
        }
        URI baseUri = URI.create(base);
        Matcher m = LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + resolve(baseUri, m.group(2)) + "\""));
        }
        return m.appendTail(out).toString();
    }

    private static String resolve(URI base, String link) {
        if (link.isEmpty() || ABSOLUTE.matcher(link).find()) {
            return link;
        }
        try {
            return base.resolve(URI.create(link.replace("&amp;", "&"))).toString().replace("&", "&amp;");
        } catch (IllegalArgumentException notAUri) {
            return link; // left as the author wrote it
        }
    }
}
