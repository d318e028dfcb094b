package dev.colophon.search.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The readable text of a page's rendered body, and apart from it the text of its headings and its
 * prose (the body without code blocks). A small scanner rather than an HTML parser: the body is the
 * generator's own well-formed output, and parsing 10,000 pages with a DOM library would cost more than
 * the rest of the index.
 *
 * @param body every word a reader sees, blocks separated by a space, entities decoded (for excerpts)
 * @param headings the words of h1–h6, which weigh more in ranking
 * @param prose the body without {@code <pre>} blocks: the words that typo correction offers (identifiers
 *     in code would swell its dictionary and are rarely typed from memory)
 * @param code the text of the {@code <pre>} blocks: prose and code together are the body's words, so
 *     that each word is read once
 */
public record PageText(String body, String headings, String prose, String code) {
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "svg");
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em",
            "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr");

    public static PageText of(String html) {
        return new Scan(html).run();
    }

    private static final class Scan {
        final String html;
        final StringBuilder body;
        final StringBuilder prose;
        final StringBuilder headings = new StringBuilder();
        final StringBuilder code = new StringBuilder();
        int heading;
        int pre;
        String skipping;

        Scan(String html) {
            this.html = html;
            this.body = new StringBuilder(html.length());
            this.prose = new StringBuilder(html.length());
        }

        PageText run() {
            int i = 0;
            while (i < html.length()) {
                char c = html.charAt(i);
                if (c == '<') {
                    int end = html.indexOf('>', i);
                    if (end < 0) {
                        break;
                    }
                    tag(i, end);
                    i = end + 1;
                } else if (skipping != null) {
                    i++;
                } else if (c == '&') {
                    int next = entityEnd(html, i);
                    text(next > i + 1 ? decode(html.substring(i, next)) : "&");
                    i = next;
                } else {
                    if (Character.isWhitespace(c)) {
                        space();
                    } else {
                        body.append(c);
                        (pre == 0 ? prose : code).append(c);
                        if (heading > 0) {
                            headings.append(c);
                        }
                    }
                    i++;
                }
            }
            return new PageText(body.toString().strip(), headings.toString().strip(), prose.toString().strip(), code.toString().strip());
        }

        private void tag(int start, int end) {
            String tag = tagName(html, start + 1, end);
            boolean closing = start + 1 < end && html.charAt(start + 1) == '/';
            if (skipping != null) {
                skipping = closing && tag.equals(skipping) ? null : skipping;
                return;
            }
            if (SKIPPED.contains(tag) && !closing && html.charAt(end - 1) != '/') {
                skipping = tag;
            } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                heading = closing ? Math.max(0, heading - 1) : heading + 1;
            } else if (tag.equals("pre")) {
                pre = closing ? Math.max(0, pre - 1) : pre + 1;
            }
            if (!INLINE.contains(tag)) {
                space();
            }
        }

        private void text(String text) {
            body.append(text);
            (pre == 0 ? prose : code).append(text);
            if (heading > 0) {
                headings.append(text);
            }
        }

        private void space() {
            for (StringBuilder text : new StringBuilder[] {body, prose, headings, code}) {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            }
        }
    }

    private static String tagName(String html, int from, int end) {
        int start = from < end && (html.charAt(from) == '/' || html.charAt(from) == '!') ? from + 1 : from;
        int stop = start;
        while (stop < end && Character.isLetterOrDigit(html.charAt(stop))) {
            stop++;
        }
        return html.substring(start, stop).toLowerCase(Locale.ROOT);
    }

    private static int entityEnd(String html, int at) {
        int semi = html.indexOf(';', at);
        return semi > at && semi - at <= 10 ? semi + 1 : at + 1;
    }

    private static String decode(String entity) {
        String name = entity.substring(1, entity.length() - 1);
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return entity;
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "mdash" -> "—";
            case "ndash" -> "–";
            case "hellip" -> "…";
            case "rsquo" -> "’";
            case "lsquo" -> "‘";
            case "ldquo" -> "“";
            case "rdquo" -> "”";
            default -> entity;
        };
    }
}
