package dev.colophon.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shortcodes and Liquid tags of other generators, expanded before Markdown is rendered so that
 * imported content reads as it did. This class finds the calls outside code (code blocks, code spans,
 * Jekyll's {@code raw}) and asks a {@link ShortcodeRegistry} for the family that expands each;
 * Jekyll's output tags ({@link LiquidOutput}), Hugo's escaped form (a comment inside the delimiters,
 * shown as written without it) and highlight blocks ({@link HighlightBlocks}) are read here. Links
 * to other pages become placeholders that {@code site.RefLinks} resolves once every page is known.
 * Anything else is reported and leaves only an HTML comment in its place ({@link UnconvertedMark}).
 */
public final class Shortcodes {
    /** A shortcode that nothing expands, at a line of the text given: an HTML comment takes its place. */
    public record Unsupported(int line, String shortcode) {
    }

    /** A statement of Liquid logic left out (it writes nothing), at a line of the text given, and why. */
    public record LeftOut(int line, String statement, String why) {
    }

    /** A shortcode expanded only approximately, at a line of the text given, and how. */
    public record Approximated(int line, String shortcode, String how) {
    }

    /**
     * The text with shortcodes expanded, those that were not, Liquid logic left out, the calls
     * approximated, and what the author wrote between Jekyll's raw and endraw that has template
     * syntax in it (shown as written on purpose, so never residue).
     */
    public record Result(String markdown, List<Unsupported> unsupported, boolean refs, List<LeftOut> leftOut,
                         List<Approximated> approximated, List<String> literal) {
        public Result(String markdown, List<Unsupported> unsupported, boolean refs) {
            this(markdown, unsupported, refs, List.of(), List.of(), List.of());
        }

        /** Text with nothing to expand, as it is. */
        public static Result unchanged(String markdown) {
            return new Result(markdown, List.of(), false);
        }
    }

    /** Starts a link to another page by its source file, resolved by {@code site.RefLinks}. */
    public static final String REF_PREFIX = "colophon-ref:";

    private static final Pattern ESCAPED = Pattern.compile("\\{\\{([<%])/\\*(.{0,1000}?)\\*/([>%])\\}\\}");
    private static final Pattern ANY = Pattern.compile(String.join("|", ESCAPED.pattern(), ShortcodeSyntax.HUGO.pattern.pattern(),
            ShortcodeSyntax.ZOLA.pattern.pattern(), LiquidOutput.SITE.pattern(), LiquidOutput.URL.pattern(),
            ShortcodeSyntax.LIQUID.pattern.pattern(), LiquidOutput.VARIABLE.pattern()));
    private static final Pattern RAW_START = Pattern.compile("\\{%-?\\s*raw\\s*-?%\\}");
    private static final Pattern RAW_END = Pattern.compile("\\{%-?\\s*endraw\\s*-?%\\}");
    private static final Pattern INDENTED = Pattern.compile("(?: {4}|\t)");
    /** Where a tag opens: its closer is {@code >}}}, {@code %}}} or {@code %}}. */
    private static final Pattern OPENER = Pattern.compile("\\{\\{[<%]|\\{%");
    /** How many lines a tag may span (Liquid and Hugo allow a call's arguments on lines of their own). */
    private static final int TAG_LINES = 20;
    /** A line that starts an HTML block in CommonMark: a block-level tag, or (after a blank line) any tag or comment. */
    private static final Pattern HTML_BLOCK = Pattern.compile("^ {0,3}<(?:/?(address|article|aside|blockquote|body|details|dialog|dd|div|dl|dt"
            + "|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)"
            + "(?:[\\s/>]|$)|([A-Za-z/!?]))", Pattern.CASE_INSENSITIVE);
    /** A line that opens or closes a fenced code block (Liquid logic skips them too). */
    static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private final ShortcodeRegistry registry;
    private final ShortcodeContext context;

    /** The built-in shortcodes for a site at a root URL (without a trailing slash) and base path ("" or "/blog"). */
    public Shortcodes(String siteRoot, String basePath) {
        this(ShortcodeRegistry.builtIn(), siteRoot, basePath);
    }

    /** The shortcodes of a registry for a site at a root URL and base path. */
    public Shortcodes(ShortcodeRegistry registry, String siteRoot, String basePath) {
        this(registry, new ShortcodeContext(siteRoot, basePath, null, null, Map.of(), null));
    }

    Shortcodes(ShortcodeRegistry registry, ShortcodeContext context) {
        this.registry = registry;
        this.context = context;
    }

    /** These shortcodes for one page: its Liquid variables and the site's own templates (either may be null). */
    public Shortcodes forPage(LiquidValues values, SiteShortcodes templates, Map<String, Object> pageVariables) {
        return forPage(values, templates, null, pageVariables);
    }

    /** These shortcodes for one page, with Jekyll's {@code _includes/} folder too (null for none). */
    public Shortcodes forPage(LiquidValues values, SiteShortcodes templates, java.nio.file.Path includes, Map<String, Object> pageVariables) {
        return new Shortcodes(registry, new ShortcodeContext(context.siteRoot(), context.basePath(), values, templates, pageVariables,
                includes));
    }

    /**
     * Expands the output tags and tags of a text that is HTML already (an include's), in a context;
     * one that nothing expands (a plugin's tag) is left out, an HTML comment in its place, and added
     * to {@code leftOut}.
     */
    String expandHtml(String html, List<String> leftOut) {
        ShortcodeContext within = context;
        Matcher m = ANY.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        int last = 0;
        while (m.find()) {
            String replacement = replacement(m.group(), false, within);
            out.append(html, last, m.start());
            if (replacement == null) {
                leftOut.add(m.group());
                out.append(UnconvertedMark.of(m.group(), out.toString()));
            } else {
                out.append(replacement);
            }
            last = m.end();
        }
        return out.append(html, last, html.length()).toString();
    }

    /** Expands the shortcodes of a Markdown text; a text without "{{" comes back as it is. */
    public Result expand(String markdown) {
        if (!hasWork(markdown)) {
            return Result.unchanged(markdown);
        }
        int[] sourceLines = null; // where Liquid logic ran, the original line of each line of its output
        List<LeftOut> leftOut = new ArrayList<>();
        ShortcodeContext page = context.forExpansion();
        if (context.liquid() != null && LiquidLogic.hasLogic(markdown)) {
            boolean includes = context.includes() != null || context.own() != null;
            LiquidLogic.Result logic = (includes ? LiquidLogic.ofPage(context.liquid(), JekyllIncludeShortcode.includes(page))
                    : new LiquidLogic(context.liquid())).run(markdown);
            logic.notes().forEach(n -> leftOut.add(new LeftOut(n.line(), n.statement(), n.why())));
            markdown = logic.text();
            sourceLines = logic.lines();
            page = page.withRan(new RanIncludes(logic.includes()));
        }
        if (context.own() != null) {
            markdown = context.own().expandPairs(markdown, context.page());
        }
        Expansion expansion = new Expansion(page);
        StringBuilder out = new StringBuilder(markdown.length() + 256);
        String[] lines = markdown.split("\n", -1);
        String fence = null;
        boolean[] raw = {false}; // inside Jekyll's {% raw %}, which may span lines
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || fence != null) {
                expansion.inHtml = false;
            } else if (!expansion.inHtml) {
                expansion.inHtml = opensHtmlBlock(line, i == 0 || lines[i - 1].isBlank());
            }
            int lineNumber = sourceLines != null && i < sourceLines.length ? sourceLines[i] : i + 1;
            Matcher fenceLine = FENCE.matcher(line);
            if (raw[0]) {
                boolean code = fence != null || INDENTED.matcher(line).lookingAt(); // an indented line may be code: left as written
                if (fenceLine.find()) { // Markdown sees a fence inside raw text: its code ends where it closes
                    fence = fence == null ? fenceLine.group(1) : closes(fenceLine, fence) ? null : fence;
                    code = true;
                }
                out.append(expandWithRaw(line, lineNumber, raw, code, expansion));
            } else if (fence != null) {
                if (fenceLine.find() && closes(fenceLine, fence)) {
                    fence = null;
                }
                out.append(unescaped(line));
            } else if (fenceLine.find()) {
                fence = fenceLine.group(1);
                out.append(line);
            } else if (HighlightBlocks.opens(line)) {
                i = HighlightBlocks.fence(lines, i, out);
            } else {
                int last = tagEnd(lines, i);
                if (last > i) { // one tag over several lines: expanded as one, as Liquid and Hugo read it
                    line = String.join(" ", java.util.Arrays.asList(lines).subList(i, last + 1));
                    i = last;
                }
                out.append(expandWithRaw(line, lineNumber, raw, INDENTED.matcher(line).lookingAt(), expansion));
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        String expanded = out.toString();
        return new Result(expanded, expansion.unsupported, expanded.contains(REF_PREFIX), leftOut, expansion.approximated, expansion.literal);
    }

    /** What one call of {@link #expand} found besides the text. */
    private static final class Expansion {
        final ShortcodeContext context;
        final List<Unsupported> unsupported = new ArrayList<>();
        final List<Approximated> approximated = new ArrayList<>();
        final List<String> literal = new ArrayList<>();
        /** The names of the calls left out so far, so that the closing tag of a pair is not reported again. */
        final java.util.Set<String> opened = new java.util.HashSet<>();
        /** Whether the line is in an HTML block, where HTML stays in the block rather than becoming one of its own. */
        boolean inHtml;

        Expansion(ShortcodeContext context) {
            this.context = context;
        }
    }

    /** Whether a line starts an HTML block; any tag does only after a blank line, as a paragraph goes on otherwise. */
    private static boolean opensHtmlBlock(String line, boolean afterBlank) {
        Matcher m = HTML_BLOCK.matcher(line);
        return m.find() && (m.group(1) != null || afterBlank);
    }

    /**
     * The line where a tag left open on line {@code i} closes, or {@code i}: within a few lines, before
     * a blank line, a fence or another tag.
     */
    private static int tagEnd(String[] lines, int i) {
        Matcher opener = OPENER.matcher(lines[i]);
        int at = -1;
        String closer = null;
        while (opener.find()) {
            at = opener.end();
            closer = opener.group().equals("{{<") ? ">}}" : opener.group().equals("{{%") ? "%}}" : "%}";
        }
        if (at < 0 || lines[i].indexOf(closer, at) >= 0) {
            return i;
        }
        for (int j = i + 1; j < lines.length && j <= i + TAG_LINES; j++) {
            int close = lines[j].indexOf(closer);
            Matcher other = OPENER.matcher(lines[j]);
            if (lines[j].isBlank() || FENCE.matcher(lines[j]).find() || other.find() && (close < 0 || other.start() < close)) {
                return i;
            }
            if (close >= 0) {
                return j;
            }
        }
        return i;
    }

    /** Whether a fence line closes the block that {@code fence} opened: the same character, at least as many. */
    static boolean closes(Matcher fenceLine, String fence) {
        return fenceLine.group(1).charAt(0) == fence.charAt(0) && fenceLine.group(1).length() >= fence.length();
    }

    /**
     * Expands a line, copying what lies between Jekyll's raw and endraw as it is (without the tags).
     *
     * @param code whether the line is in a fenced code block (or fences one) or indented as code, where raw text is code
     */
    private String expandWithRaw(String line, int lineNumber, boolean[] raw, boolean code, Expansion expansion) {
        StringBuilder out = new StringBuilder(line.length());
        String rest = line;
        while (true) {
            Matcher tag = (raw[0] ? RAW_END : RAW_START).matcher(rest);
            if (!tag.find()) {
                return out.append(raw[0] ? literal(rest, code || inCodeSpan(out.toString()), expansion) : expandLine(rest, lineNumber, expansion)).toString();
            }
            String before = rest.substring(0, tag.start());
            out.append(raw[0] ? literal(before, code || inCodeSpan(out.toString()), expansion) : expandLine(before, lineNumber, expansion));
            rest = rest.substring(tag.end());
            raw[0] = !raw[0];
        }
    }

    /**
     * Text inside raw and endraw, shown as written; noted if it has template syntax, which the author
     * means to show. Outside code its braces become {@code &#123;}, which reads the same in HTML:
     * kramdown's attribute syntax would take the {@code { x }} of {@code {{ x }}} for attributes.
     */
    private static String literal(String text, boolean code, Expansion expansion) {
        if (text.contains("{{") || text.contains("{%")) {
            expansion.literal.add(text);
        }
        return code || text.indexOf('{') < 0 ? text : bracesOutsideCodeSpans(text);
    }

    /** Whether a line that starts with {@code text} is inside a code span where the text ends. */
    private static boolean inCodeSpan(String text) {
        for (int tick = text.indexOf('`'); tick >= 0; ) {
            int end = spanEnd(text, tick);
            if (end < 0) {
                return true;
            }
            tick = text.indexOf('`', end);
        }
        return false;
    }

    private static String bracesOutsideCodeSpans(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '`') {
                int end = spanEnd(text, i);
                int to = end < 0 ? runEnd(text, i) : end;
                out.append(text, i, to); // a code span (or backticks that open none), as written
                i = to;
            } else {
                out.append(c == '{' ? "&#123;" : String.valueOf(c));
                i++;
            }
        }
        return out.toString();
    }

    /** Where the run of backticks at {@code tick} ends. */
    private static int runEnd(String line, int tick) {
        int run = tick;
        while (run < line.length() && line.charAt(run) == '`') {
            run++;
        }
        return run;
    }

    /** Where the code span opened by the backticks at {@code tick} ends, past its closing run, or -1 if the line leaves it open. */
    private static int spanEnd(String line, int tick) {
        int run = runEnd(line, tick);
        int close = line.indexOf(line.substring(tick, run), run);
        return close < 0 ? -1 : close + (run - tick);
    }

    /** Expands the shortcodes of one line outside its code spans. */
    private String expandLine(String line, int lineNumber, Expansion expansion) {
        if (!hasWork(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 128);
        int from = 0;
        while (from < line.length()) {
            int tick = line.indexOf('`', from);
            int end = tick < 0 ? line.length() : tick;
            out.append(expandText(line.substring(from, end), from == 0 && end == line.length(), lineNumber, expansion));
            if (tick < 0) {
                break;
            }
            int close = spanEnd(line, tick);
            int spanEnd = close < 0 ? runEnd(line, tick) : close;
            out.append(unescaped(line.substring(tick, spanEnd))); // a code span, as written
            from = spanEnd;
        }
        return out.toString();
    }

    /** Whether {@code text} has anything a shortcode, Liquid or a Zola link could expand. */
    public static boolean hasWork(String text) {
        for (int brace = text.indexOf('{'); brace >= 0 && brace < text.length() - 1; brace = text.indexOf('{', brace + 1)) {
            char next = text.charAt(brace + 1);
            if (next == '{' || next == '%') {
                return true;
            }
        }
        return text.contains("](@/");
    }

    private String expandText(String written, boolean wholeLine, int lineNumber, Expansion expansion) {
        if (!hasWork(written)) {
            return written;
        }
        String text = PageLinkShortcodes.zolaLinks(written);
        Matcher m = ANY.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 128);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            last = m.end();
            boolean alone = wholeLine && !expansion.inHtml && text.strip().equals(m.group());
            List<String> approximations = expansion.context.approximations();
            int before = approximations.size();
            String replacement = replacement(m.group(), alone, expansion.context);
            if (replacement == null) {
                String name = UnconvertedMark.nameOf(m.group());
                boolean closing = name.startsWith("/") && expansion.opened.contains(name.substring(1))
                        || name.equals("end") && !expansion.opened.isEmpty(); // a pair is one warning, at its opening
                if (!closing) {
                    expansion.unsupported.add(new Unsupported(lineNumber, m.group()));
                    expansion.opened.add(name);
                }
                out.append(UnconvertedMark.of(m.group(), text.substring(0, m.start())));
            } else {
                out.append(replacement);
            }
            approximations.subList(before, approximations.size())
                    .forEach(how -> expansion.approximated.add(new Approximated(lineNumber, m.group(), how)));
        }
        return out.append(text, last, text.length()).toString();
    }

    /**
     * Code shows shortcodes as written; Hugo's escaped form is how authors write them there, so it
     * loses its comment markers as it does in Hugo.
     */
    private static String unescaped(String code) {
        if (!code.contains("{{")) {
            return code;
        }
        return ESCAPED.matcher(code).replaceAll(m -> Matcher.quoteReplacement("{{" + m.group(1) + m.group(2) + m.group(3) + "}}"));
    }

    /** The HTML for one shortcode, output tag or escaped form, or null for one that nothing registered expands. */
    private String replacement(String written, boolean alone, ShortcodeContext context) {
        if (LiquidOutput.isOutput(written)) {
            return LiquidOutput.value(written, context);
        }
        if (ESCAPED.matcher(written).matches()) {
            return unescaped(written);
        }
        for (ShortcodeSyntax syntax : ShortcodeSyntax.values()) {
            ShortcodeCall call = syntax.call(written, alone);
            if (call != null) {
                Shortcode shortcode = registry.find(syntax, call.name());
                return shortcode == null ? null : shortcode.expand(call, context);
            }
        }
        return null;
    }
}
