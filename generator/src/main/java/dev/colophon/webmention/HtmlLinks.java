package dev.colophon.webmention;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code href} of every {@code a} element of rendered HTML, resolved against the page's URL, found
 * by one pass over the text instead of a parse into a tree: the links of a 10,000-post blog were an
 * eighth of its cold build through Jsoup. It reads tags as an HTML parser's tokenizer does (names and
 * attributes in any case, values quoted or not, a {@code <} inside a quoted value is text, the first of
 * two {@code href}s) and skips what a parser does not read as markup: comments and the text of
 * {@code script}, {@code style}, {@code textarea} and the like. Entities are decoded and URLs
 * resolved as Jsoup does ({@link LinkResolver}), so a link comes out as its {@code absUrl} gives it.
 */
final class HtmlLinks {
    private static final List<String> RAW_TEXT = List.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes");

    private final String html;
    private final int length;
    private int at;

    private HtmlLinks(String html) {
        this.html = html;
        this.length = html.length();
    }

    /** Each link's absolute URL, in order ("" where it cannot be resolved, as Jsoup's {@code absUrl} gives). */
    static List<String> of(String html, String baseUrl) {
        List<String> links = new ArrayList<>();
        LinkResolver resolver = new LinkResolver(baseUrl);
        new HtmlLinks(html).scan(href -> links.add(resolver.resolve(href)));
        return links;
    }

    private void scan(Consumer<String> hrefs) {
        for (at = html.indexOf('<'); at >= 0 && at + 1 < length; at = html.indexOf('<', at + 1)) {
            if (html.startsWith("!--", at + 1)) {
                int end = html.indexOf("-->", at + 4);
                if (end < 0) {
                    return;
                }
                at = end + 2;
            } else if (isLetter(html.charAt(at + 1))) {
                int nameStart = at + 1;
                at = nameStart;
                while (at < length && !isSpace(html.charAt(at)) && html.charAt(at) != '/' && html.charAt(at) != '>') {
                    at++;
                }
                String name = html.substring(nameStart, at).toLowerCase(java.util.Locale.ROOT);
                String href = attributes("a".equals(name));
                if (href != null) {
                    hrefs.accept(href);
                }
                if (RAW_TEXT.contains(name) && !skipRawText(name)) {
                    return;
                }
            }
        }
    }

    /**
     * Reads a start tag's attributes up to its {@code >}, leaving {@code at} there; returns the first
     * {@code href}'s value when asked for it ("" for one without a value), else null.
     */
    private String attributes(boolean wantHref) {
        String href = null;
        while (at < length) {
            while (at < length && (isSpace(html.charAt(at)) || html.charAt(at) == '/')) {
                at++;
            }
            if (at >= length || html.charAt(at) == '>') {
                return href;
            }
            int nameStart = at++; // a first character of = or " or ' belongs to the name
            while (at < length && !isSpace(html.charAt(at)) && "/>=".indexOf(html.charAt(at)) < 0) {
                at++;
            }
            boolean isHref = wantHref && href == null && at - nameStart == 4 && html.regionMatches(true, nameStart, "href", 0, 4);
            while (at < length && isSpace(html.charAt(at))) {
                at++;
            }
            String value = "";
            if (at < length && html.charAt(at) == '=') {
                at++;
                while (at < length && isSpace(html.charAt(at))) {
                    at++;
                }
                value = value();
            }
            if (isHref) {
                href = value;
            }
        }
        return href;
    }

    private String value() {
        if (at < length && (html.charAt(at) == '"' || html.charAt(at) == '\'')) {
            int close = html.indexOf(html.charAt(at), at + 1);
            String value = html.substring(at + 1, close < 0 ? length : close);
            at = close < 0 ? length : close + 1;
            return value;
        }
        int start = at;
        while (at < length && !isSpace(html.charAt(at)) && html.charAt(at) != '>') {
            at++;
        }
        return html.substring(start, at);
    }

    /** Moves past the text of a raw-text element to its closing tag; false when it has none. */
    private boolean skipRawText(String name) {
        for (int close = html.indexOf("</", at); close >= 0; close = html.indexOf("</", close + 2)) {
            if (html.regionMatches(true, close + 2, name, 0, name.length())) {
                at = close;
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
