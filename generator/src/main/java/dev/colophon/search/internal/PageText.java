package dev.colophon.search.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The readable text of a page's rendered body, and apart from it the text of its headings and its
 * prose (the body without code blocks). A small scanner rather than an HTML parser: the body is the
 * generator's own well-formed output, and parsing 10,000 pages with a DOM library would cost more than
 * the rest of the index.
 *
 * @param body the start of what a reader sees (at least {@code keep} characters when the page has them),
 *     blocks separated by a space, entities decoded, whitespace tidied: for excerpts
 * @param headings the words of h1–h6, which weigh more in ranking (whitespace tidied)
 * @param prose the body without {@code <pre>} blocks: the words that typo correction offers (identifiers
 *     in code would swell its dictionary and are rarely typed from memory)
 * @param code the text of the {@code <pre>} blocks: prose and code together are the body's words, so
 *     that each word is read once
 */
public record PageText(String body, String headings, Chars prose, Chars code) {
    /** Text in a growing char array, handed to the analyzer as it is: no copy into a string and out again. */
    public static final class Chars {
        private char[] chars;
        private int length;

        Chars(int capacity) {
            chars = new char[Math.max(16, capacity)];
        }

        void append(char[] text, int from, int count) {
            if (length + count > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(2 * chars.length, length + count));
            }
            System.arraycopy(text, from, chars, length, count);
            length += count;
        }

        void clear() {
            length = 0;
        }

        /** The text is {@code chars()[0, length())}. */
        public char[] chars() {
            return chars;
        }

        public int length() {
            return length;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    /** The tags the Markdown renderer writes most, as it writes them (lower case). */
    private static final String[] COMMON = {"span", "p", "a", "code", "li", "em", "strong", "pre", "h2", "h3", "ul", "ol", "div",
        "blockquote", "img", "br", "h1", "h4", "table", "tr", "td", "th"};
    private static final char[][] COMMON_CHARS = java.util.Arrays.stream(COMMON).map(String::toCharArray).toArray(char[][]::new);
    /** The common tags' numbers by their length, to compare a name with two or three of them instead of all. */
    private static final int[][] COMMON_BY_LENGTH = new int[11][];

    static {
        for (int length = 0; length < COMMON_BY_LENGTH.length; length++) {
            int n = length;
            COMMON_BY_LENGTH[length] = java.util.stream.IntStream.range(0, COMMON.length).filter(k -> COMMON[k].length() == n).toArray();
        }
    }
    private static final char[] SPACE = {' '};
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "svg");
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em",
            "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr");

    /** @param keep how much of the body to keep for excerpts (the words are all read either way) */
    public static PageText of(String html, int keep) {
        return new Reader().read(html, keep);
    }

    /**
     * Reads pages one after another on one thread, into the same arrays: 10,000 pages' copies of their
     * HTML and text were most of what the index gave the garbage collector.
     */
    public static final class Reader {
        private final Scan scan = new Scan();

        /** The text of {@code html}; its prose and code are valid until the next call. */
        public PageText read(String html, int keep) {
            return scan.run(html, keep);
        }
    }

    /**
     * Text between tags is copied a run at a time, whitespace and all: the analyzer splits at any
     * character that is not a letter or digit, so only the kept start of the body is tidied.
     */
    private static final class Scan {
        String html;
        /** The same text in an array: String.charAt checks its index on every call, most of the scan's time. */
        char[] chars = new char[1024];
        int keep;
        final StringBuilder body = new StringBuilder();
        final Chars prose = new Chars(1024);
        final StringBuilder headings = new StringBuilder();
        final Chars code = new Chars(256);
        int heading;
        int pre;
        String skipping;

        PageText run(String html, int keep) {
            this.html = html;
            if (chars.length < html.length()) {
                chars = new char[Math.max(html.length(), 2 * chars.length)];
            }
            html.getChars(0, html.length(), chars, 0);
            this.keep = keep;
            body.setLength(0);
            headings.setLength(0);
            prose.clear();
            code.clear();
            heading = 0;
            pre = 0;
            skipping = null;
            int i = 0;
            int length = html.length();
            while (i < length) {
                char c = chars[i];
                if (c == '<') {
                    int end = html.indexOf('>', i);
                    if (end < 0) {
                        break;
                    }
                    tag(i, end);
                    i = end + 1;
                } else if (skipping != null) {
                    int next = html.indexOf('<', i);
                    i = next < 0 ? length : next;
                } else if (c == '&') {
                    int next = entityEnd(html, i);
                    text(next > i + 1 ? decode(html.substring(i, next)) : "&");
                    i = next;
                } else {
                    int next = i + 1;
                    while (next < length && chars[next] != '<' && chars[next] != '&') {
                        next++;
                    }
                    text(chars, i, next);
                    i = next;
                }
            }
            return new PageText(tidy(body), tidy(headings), prose, code);
        }

        private void tag(int start, int end) {
            String tag = tagName(chars, start + 1, end);
            boolean closing = start + 1 < end && chars[start + 1] == '/';
            if (skipping != null) {
                skipping = closing && tag.equals(skipping) ? null : skipping;
                return;
            }
            if (SKIPPED.contains(tag) && !closing && chars[end - 1] != '/') {
                skipping = tag;
            } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                heading = closing ? Math.max(0, heading - 1) : heading + 1;
            } else if (tag.equals("pre")) {
                pre = closing ? Math.max(0, pre - 1) : pre + 1;
            }
            if (!INLINE.contains(tag)) {
                text(SPACE, 0, 1);
            }
        }

        private void text(String text) {
            text(text.toCharArray(), 0, text.length());
        }

        private void text(char[] text, int from, int to) {
            if (body.length() < keep) {
                body.append(text, from, Math.min(to, from + keep) - from);
            }
            (pre == 0 ? prose : code).append(text, from, to - from);
            if (heading > 0) {
                headings.append(text, from, to - from);
            }
        }
    }

    /** Runs of whitespace as one space, none at either end. */
    private static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    private static String tagName(char[] html, int from, int end) {
        int start = from < end && (html[from] == '/' || html[from] == '!') ? from + 1 : from;
        int stop = start;
        while (stop < end && isNameChar(html[stop])) {
            stop++;
        }
        int length = stop - start;
        if (length < COMMON_BY_LENGTH.length) { // a highlighted page is mostly span tags: no string cut for them
            for (int k : COMMON_BY_LENGTH[length]) {
                if (same(COMMON_CHARS[k], html, start)) {
                    return COMMON[k];
                }
            }
        }
        return new String(html, start, length).toLowerCase(Locale.ROOT);
    }

    private static boolean isNameChar(char c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
    }

    /** Whether {@code html} holds {@code tag} at {@code at}; a plain loop, as a build runs C1, which does not inline Arrays.equals. */
    private static boolean same(char[] tag, char[] html, int at) {
        for (int i = 0; i < tag.length; i++) {
            if (tag[i] != html[at + i]) {
                return false;
            }
        }
        return true;
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
