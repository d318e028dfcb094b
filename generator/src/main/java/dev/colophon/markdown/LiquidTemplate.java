package dev.colophon.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid logic's tags in a page's text as a tree, for {@link LiquidLogic}: only the logic tags are
 * parsed; everything else, other tags and code (fenced blocks, code spans, {@code raw}) included,
 * is text. {@code {%-} and {@code -%}} take the white space beside them away, as Liquid does.
 */
final class LiquidTemplate {
    /** The condition of an {@code unless}'s first branch: the block's own test, negated. */
    static final String UNLESS = "\0unless";

    sealed interface Node permits Text, Block {
        int line();

        /** As written, for messages: the text, or a block's opening tag. */
        String source();
    }

    /** Text as written; {@code code} where it is code or raw text, which output tags never touch. */
    record Text(String text, int line, boolean code) implements Node {
        Text(String text, int line) {
            this(text, line, false);
        }

        @Override
        public String source() {
            return text;
        }
    }

    /** One branch of a block: its condition (null for else, and for loops and captures) and what it holds. */
    record Branch(String condition, List<Node> children) {
    }

    record Block(String name, String args, int line, String source, List<Branch> branches) implements Node {
        List<Node> children() {
            return branches.isEmpty() ? List.of() : branches.get(0).children();
        }
    }

    /** A tag out of place or never closed. */
    static final class Malformed extends Exception {
        private final int line;
        private final String statement;

        Malformed(int line, String statement, String message) {
            super(message, null, false, false);
            this.line = line;
            this.statement = statement;
        }

        int line() {
            return line;
        }

        String statement() {
            return statement;
        }
    }

    /** A piece of text (code or raw text where {@code code}), or a logic tag ({@code tag} its name). */
    record Token(String text, int line, String tag, String args, boolean code) {
        Token(String text, int line, String tag, String args) {
            this(text, line, tag, args, false);
        }
    }

    private static final Set<String> OPENERS = Set.of("if", "unless", "case", "for", "tablerow", "capture", "comment");
    private static final Set<String> LOGIC = Set.of("if", "elsif", "else", "endif", "unless", "endunless", "case", "when",
            "endcase", "for", "endfor", "tablerow", "endtablerow", "capture", "endcapture", "comment", "endcomment", "assign", "break",
            "continue", "cycle");
    private static final Pattern TAG = Pattern.compile("\\{%(-?)\\s*(\\w{1,100})(.{0,1000}?)(-?)%\\}");
    /** A tag, or an output tag written with whitespace control ({@code {{- x -}}}), which takes the white space beside it away. */
    private static final Pattern TAG_OR_TRIMMED_OUTPUT = Pattern.compile(TAG.pattern() + "|\\{\\{(-?)(.{0,1000}?)(-?)\\}\\}");
    /** Whether a text has whitespace control that a tag other than logic's may carry. */
    private static final Pattern TRIMMING = Pattern.compile("\\{[{%]-|-[}%]\\}");
    /** How many lines one tag may span. */
    private static final int MAX_TAG_LINES = 10;
    private static final Pattern RAW_END = Pattern.compile("\\{%-?\\s*endraw\\s*-?%\\}");

    private LiquidTemplate() {
    }

    static List<Token> tokens(String text) {
        return tokens(text, false);
    }

    /**
     * The tokens of a text; with {@code includes}, {@code include} is a statement too (an include's
     * text runs the includes in it where they stand, sharing its variables, as Jekyll does), and a
     * tag may span lines.
     */
    static List<Token> tokens(String text, boolean includes) {
        List<Token> tokens = new ArrayList<>();
        Pending pending = new Pending(tokens);
        String[] lines = text.split("\n", -1);
        String fence = null;
        boolean raw = false;
        boolean trimNext = false;
        for (int n = 0; n < lines.length; n++) {
            int first = n;
            String joined = lines[n];
            int last = includes && fence == null && !raw ? tagEnd(lines, n) : n;
            while (n < last) {
                joined = joined + " " + lines[++n]; // a tag's arguments on the lines below it, as Liquid reads them
            }
            String line = joined + (n < lines.length - 1 ? "\n" : "");
            Matcher fenceLine = Shortcodes.FENCE.matcher(lines[n]);
            boolean fenced = fenceLine.find();
            boolean code = raw || fence != null || fenced;
            if (fenced && fence == null) { // a fence opens and closes inside raw text too: Markdown sees it
                fence = fenceLine.group(1);
            } else if (fenced && Shortcodes.closes(fenceLine, fence)) {
                fence = null;
            }
            if (raw) {
                raw = !RAW_END.matcher(lines[n]).find();
            }
            if (code) { // code and raw text are never logic
                pending.add(line, n + 1, true);
                continue;
            }
            Matcher m = TAG_OR_TRIMMED_OUTPUT.matcher(line);
            int from = 0;
            while (m.find(from)) {
                from = m.end();
                if (insideCodeSpan(line, m.start())) {
                    continue;
                }
                if (m.group(2) == null || !LOGIC.contains(m.group(2)) && !m.group(2).equals("raw")
                        && !(includes && m.group(2).equals("include"))) { // an output tag or another tag: text, trimmed as it asks
                    boolean left = !(m.group(2) == null ? m.group(5) : m.group(1)).isEmpty();
                    boolean right = !(m.group(2) == null ? m.group(7) : m.group(4)).isEmpty();
                    if (!left && !right) {
                        continue;
                    }
                    String before = line.substring(0, m.start());
                    pending.add(trimNext ? before.stripLeading() : before, first + 1, false);
                    if (left) {
                        pending.strip();
                    }
                    pending.add(untrimmed(m), first + 1, false);
                    trimNext = right;
                    line = line.substring(m.end());
                    m = TAG_OR_TRIMMED_OUTPUT.matcher(line);
                    from = 0;
                    continue;
                }
                if (m.group(2).equals("raw")) { // up to its endraw, on this line or a later one: text no output tag touches
                    Matcher close = RAW_END.matcher(line);
                    boolean closed = close.find(m.end());
                    int end = closed ? close.end() : line.length();
                    String before = line.substring(0, m.start());
                    pending.add(trimNext ? before.stripLeading() : before, first + 1, false);
                    if (!m.group(1).isEmpty()) {
                        pending.strip();
                    }
                    pending.add(line.substring(m.start(), end), first + 1, true);
                    trimNext = false;
                    line = line.substring(end);
                    if (!closed) {
                        raw = true;
                        break;
                    }
                    m = TAG_OR_TRIMMED_OUTPUT.matcher(line);
                    from = 0;
                    continue;
                }
                String before = line.substring(0, m.start());
                pending.add(trimNext ? before.stripLeading() : before, first + 1, false);
                if (!m.group(1).isEmpty()) {
                    pending.strip();
                }
                pending.flush();
                tokens.add(new Token(m.group(), first + 1, m.group(2), m.group(3).strip()));
                trimNext = !m.group(4).isEmpty();
                line = line.substring(m.end());
                m = TAG_OR_TRIMMED_OUTPUT.matcher(line);
                from = 0;
            }
            String rest = trimNext ? line.stripLeading() : line;
            pending.add(rest, n + 1, false);
            trimNext = trimNext && rest.isEmpty();
        }
        pending.flush();
        return tokens;
    }

    /** Whether a text has whitespace control ({@code {{-}, {@code -%}}...), which only this tokenizer applies. */
    static boolean trims(String text) {
        return TRIMMING.matcher(text).find();
    }

    /** A tag as written without its whitespace control, for the passes after this one. */
    private static String untrimmed(Matcher m) {
        return m.group(2) == null ? "{{" + m.group(6) + "}}" : "{% " + m.group(2) + m.group(3).stripTrailing() + " %}";
    }

    /**
     * The line where a tag that line {@code n} opens and leaves open closes, or {@code n}: within a few
     * lines, before a blank line or another tag (a lone "{%" in prose joins no lines).
     */
    private static int tagEnd(String[] lines, int n) {
        int open = lines[n].lastIndexOf("{%");
        if (open < 0 || lines[n].indexOf("%}", open) >= 0) {
            return n;
        }
        for (int j = n + 1; j < lines.length && j <= n + MAX_TAG_LINES; j++) {
            int close = lines[j].indexOf("%}");
            int other = lines[j].indexOf("{%");
            if (lines[j].isBlank() || other >= 0 && (close < 0 || other < close)) {
                return n;
            }
            if (close >= 0) {
                return j;
            }
        }
        return n;
    }

    /** The text being gathered into one token: text, or code and raw text, each a token of its own. */
    private static final class Pending {
        private final List<Token> tokens;
        private final StringBuilder text = new StringBuilder();
        private int line = 1;
        private boolean code;

        Pending(List<Token> tokens) {
            this.tokens = tokens;
        }

        /** Adds text, which starts a token on the line of its first text where the last one was of the other kind. */
        void add(String written, int at, boolean isCode) {
            if (written.isEmpty()) {
                return;
            }
            if (!text.isEmpty() && code != isCode) {
                flush();
            }
            if (text.isEmpty()) {
                line = at;
                code = isCode;
            }
            text.append(written);
        }

        /** Takes the white space at the end away, as {@code {%-} does (never from code). */
        void strip() {
            if (code) {
                return;
            }
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            text.setLength(end);
        }

        void flush() {
            if (!text.isEmpty()) {
                tokens.add(new Token(text.toString(), line, null, null, code));
                text.setLength(0);
            }
        }
    }

    /** Whether a position of a line lies in a code span (an odd number of backtick runs before it). */
    private static boolean insideCodeSpan(String line, int position) {
        int ticks = 0;
        for (int i = 0; i < position; i++) {
            if (line.charAt(i) == '`' && (i == 0 || line.charAt(i - 1) != '`')) {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }

    static Block parse(List<Token> tokens) throws Malformed {
        Parser parser = new Parser(tokens);
        List<Node> nodes = parser.until(Set.of());
        return new Block("root", "", 1, "", List.of(new Branch(null, nodes)));
    }

    private static final class Parser {
        private final List<Token> tokens;
        private int at;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        List<Node> until(Set<String> stops) throws Malformed {
            List<Node> nodes = new ArrayList<>();
            while (at < tokens.size()) {
                Token t = tokens.get(at);
                if (t.tag() == null) {
                    nodes.add(new Text(t.text(), t.line(), t.code()));
                    at++;
                } else if (stops.contains(t.tag())) {
                    return nodes;
                } else if (OPENERS.contains(t.tag())) {
                    at++;
                    nodes.add(block(t));
                } else if (Set.of("assign", "break", "continue", "cycle", "include").contains(t.tag())) {
                    at++;
                    nodes.add(new Block(t.tag(), t.args(), t.line(), t.text(), List.of()));
                } else {
                    throw new Malformed(t.line(), t.text(), t.text() + " has no opening tag; the page's Liquid logic is left as written");
                }
            }
            if (!stops.isEmpty()) {
                throw new Malformed(0, "", "is never closed");
            }
            return nodes;
        }

        private Block block(Token open) throws Malformed {
            String end = "end" + open.tag();
            Set<String> stops = switch (open.tag()) {
                case "if", "unless" -> Set.of("elsif", "else", end);
                case "case" -> Set.of("when", "else", end);
                case "for" -> Set.of("else", end);
                default -> Set.of(end);
            };
            List<Branch> branches = new ArrayList<>();
            String condition = open.tag().equals("unless") ? UNLESS : open.tag().equals("if") ? open.args() : null;
            try {
                List<Node> first = until(stops);
                if (!open.tag().equals("case")) { // what stands before a case's first when is never shown
                    branches.add(new Branch(condition, first));
                }
                while (true) {
                    Token next = tokens.get(at++);
                    if (next.tag().equals(end)) {
                        return new Block(open.tag(), open.args(), open.line(), open.text(), List.copyOf(branches));
                    }
                    String branchCondition = next.tag().equals("else") ? null : next.args();
                    branches.add(new Branch(branchCondition, until(stops)));
                }
            } catch (Malformed e) {
                throw e.line() == 0 ? new Malformed(open.line(), open.text(), open.text() + " is never closed with {% " + end
                        + " %}; the page's Liquid logic is left as written") : e;
            }
        }
    }
}
