package dev.colophon.markdown;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shortcodes and Liquid tags of other generators, expanded before Markdown is rendered so that
 * imported content reads as it did. Hugo: {@code figure}, {@code youtube}, {@code vimeo},
 * {@code highlight}, {@code ref} and {@code relref} (in both {@code {{< >}}} and {@code {{% %}}}
 * forms); {@code gist}, {@code tweet}/{@code x} and {@code instagram} become plain links, since the
 * theme loads nothing from third parties; and the escaped form (a comment inside the delimiters), shown as written without it. Zola:
 * {@code youtube()}, {@code vimeo()} and internal links ({@code [post](@/blog/post.md)}). Jekyll: {@code {{ site.baseurl }}}, {@code {{ site.url }}},
 * the {@code relative_url} and {@code absolute_url} filters, {@code post_url}, {@code link},
 * {@code highlight} blocks, {@code raw} and {@code gist} (jekyll-gist, as a link). Links to other pages become placeholders that
 * {@code site.RefLinks} resolves once every page is known. Anything else stays as written and is
 * reported. Code blocks and code spans are left alone.
 */
public final class Shortcodes {
    /** A shortcode left as written, at a line of the text given. */
    public record Unsupported(int line, String shortcode) {
    }

    /** A statement of Liquid logic left out (it writes nothing), at a line of the text given, and why. */
    public record LeftOut(int line, String statement, String why) {
    }

    /** The text with shortcodes expanded, those that were not, and Liquid logic left out. */
    public record Result(String markdown, List<Unsupported> unsupported, boolean refs, List<LeftOut> leftOut) {
        public Result(String markdown, List<Unsupported> unsupported, boolean refs) {
            this(markdown, unsupported, refs, List.of());
        }
    }

    /** Starts a link to another page by its source file; see {@link #ref}. */
    public static final String REF_PREFIX = "colophon-ref:";

    private static final Pattern ESCAPED = Pattern.compile("\\{\\{([<%])/\\*(.{0,1000}?)\\*/([>%])\\}\\}");
    // No repeated groups (Java matches those recursively: a long line would overflow the stack) and
    // bounded lengths (an unclosed opener must not cost a scan to the end of the line for each one).
    private static final Pattern HUGO = Pattern.compile("\\{\\{([<%])\\s*(/?)\\s*([\\w./-]{1,100})(.{0,1000}?)\\s*/?\\s*[>%]\\}\\}");
    private static final Pattern ZOLA = Pattern.compile("\\{\\{\\s*(youtube|vimeo)\\(([^)]{0,1000})\\)\\s*\\}\\}");
    private static final Pattern LIQUID_SITE = Pattern.compile("\\{\\{-?\\s*site\\.(baseurl|url)\\s*-?\\}\\}");
    private static final Pattern LIQUID_URL = Pattern.compile("\\{\\{-?\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*\\|\\s*(relative_url|absolute_url)\\s*-?\\}\\}");
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*(\\w{1,100})(.{0,1000}?)-?%\\}");
    /** Any other output tag: {@code {{ page.title | upcase }}}. */
    private static final Pattern LIQUID_VAR = Pattern.compile("\\{\\{-?\\s*((?:site|page)(?:\\.[\\w-]{1,100}){1,10}|\"[^\"]{0,500}\"|'[^']{0,500}')\\s*((?:\\|[^}]{0,500})?)-?\\}\\}");
    private static final Pattern ANY = Pattern.compile(String.join("|", ESCAPED.pattern(), HUGO.pattern(), ZOLA.pattern(),
            LIQUID_SITE.pattern(), LIQUID_URL.pattern(), LIQUID_TAG.pattern(), LIQUID_VAR.pattern()));
    private static final Pattern RAW_START = Pattern.compile("\\{%-?\\s*raw\\s*-?%\\}");
    private static final Pattern RAW_END = Pattern.compile("\\{%-?\\s*endraw\\s*-?%\\}");
    private static final Pattern JEKYLL_HIGHLIGHT = Pattern.compile("\\{%-?\\s*highlight\\s+([\\w+#.-]+)[^%]*-?%\\}");
    private static final Pattern JEKYLL_END_HIGHLIGHT = Pattern.compile("\\{%-?\\s*endhighlight\\s*-?%\\}");

    private static final Pattern ZOLA_LINK = Pattern.compile("\\]\\(@/([^)\\s]{1,1000})\\)");
    private static final Pattern ARGUMENT = Pattern.compile("(?:([\\w-]+)\\s*=\\s*)?(\"[^\"]*\"|`[^`]*`|[^\\s\"`,]+)");
    /** A line that opens or closes a fenced code block (Liquid logic skips them too). */
    static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern VIDEO_ID = Pattern.compile("[\\w-]+");

    /** The site's root URL without a trailing slash, and its path ("" or "/blog"), for Jekyll's site.url and site.baseurl. */
    private final String siteRoot;
    private final String basePath;

    /** Jekyll's {@code {{ site.X }}} and {@code {{ page.X }}} for the page being expanded, or null. */
    private final LiquidValues liquid;
    /** The site's own shortcode and include templates, or null. */
    private final SiteShortcodes own;
    private final java.util.Map<String, Object> page;

    public Shortcodes(String siteRoot, String basePath) {
        this(siteRoot, basePath, null, null, Map.of());
    }

    private Shortcodes(String siteRoot, String basePath, LiquidValues liquid, SiteShortcodes own, Map<String, Object> page) {
        this.siteRoot = siteRoot;
        this.basePath = basePath;
        this.liquid = liquid;
        this.own = own;
        this.page = page;
    }

    /** These shortcodes for one page: its Liquid variables and the site's own templates (either may be null). */
    public Shortcodes forPage(LiquidValues values, SiteShortcodes templates, Map<String, Object> pageVariables) {
        return new Shortcodes(siteRoot, basePath, values, templates, pageVariables);
    }

    /** Expands the shortcodes of a Markdown text; a text without "{{" comes back as it is. */
    public Result expand(String markdown) {
        if (!hasWork(markdown)) {
            return new Result(markdown, List.of(), false);
        }
        int[] sourceLines = null; // where Liquid logic ran, the original line of each line of its output
        List<LeftOut> leftOut = new ArrayList<>();
        if (liquid != null && LiquidLogic.hasLogic(markdown)) {
            LiquidLogic.Result logic = new LiquidLogic(liquid).run(markdown);
            logic.notes().forEach(n -> leftOut.add(new LeftOut(n.line(), n.statement(), n.why())));
            markdown = logic.text();
            sourceLines = logic.lines();
        }
        if (own != null) {
            markdown = own.expandPairs(markdown, page);
        }
        List<Unsupported> unsupported = new ArrayList<>();
        StringBuilder out = new StringBuilder(markdown.length() + 256);
        String[] lines = markdown.split("\n", -1);
        String fence = null;
        boolean[] raw = {false}; // inside Jekyll's {% raw %}, which may span lines
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNumber = sourceLines != null && i < sourceLines.length ? sourceLines[i] : i + 1;
            Matcher fenceLine = FENCE.matcher(line);
            if (raw[0]) {
                if (fenceLine.find()) { // Markdown sees a fence inside raw text: its code ends where it closes
                    fence = fence == null ? fenceLine.group(1) : closes(fenceLine, fence) ? null : fence;
                }
                out.append(expandWithRaw(line, lineNumber, raw, unsupported));
            } else if (fence != null) {
                if (fenceLine.find() && closes(fenceLine, fence)) {
                    fence = null;
                }
                out.append(unescaped(line));
            } else if (fenceLine.find()) {
                fence = fenceLine.group(1);
                out.append(line);
            } else if (highlightLanguage(line) != null) {
                i = highlight(lines, i, out);
            } else {
                out.append(expandWithRaw(line, lineNumber, raw, unsupported));
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        String expanded = out.toString();
        return new Result(expanded, unsupported, expanded.contains(REF_PREFIX), leftOut);
    }

    /** Whether a fence line closes the block that {@code fence} opened: the same character, at least as many. */
    static boolean closes(Matcher fenceLine, String fence) {
        return fenceLine.group(1).charAt(0) == fence.charAt(0) && fenceLine.group(1).length() >= fence.length();
    }

    /** Expands a line, copying what lies between Jekyll's raw and endraw as it is (without the tags). */
    private String expandWithRaw(String line, int lineNumber, boolean[] raw, List<Unsupported> unsupported) {
        StringBuilder out = new StringBuilder(line.length());
        String rest = line;
        while (true) {
            Matcher tag = (raw[0] ? RAW_END : RAW_START).matcher(rest);
            if (!tag.find()) {
                return out.append(raw[0] ? rest : expandLine(rest, lineNumber, unsupported)).toString();
            }
            String before = rest.substring(0, tag.start());
            out.append(raw[0] ? before : expandLine(before, lineNumber, unsupported));
            rest = rest.substring(tag.end());
            raw[0] = !raw[0];
        }
    }

    /** Expands the shortcodes of one line outside its code spans. */
    private String expandLine(String line, int lineNumber, List<Unsupported> unsupported) {
        if (!hasWork(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 128);
        int from = 0;
        while (from < line.length()) {
            int tick = line.indexOf('`', from);
            int end = tick < 0 ? line.length() : tick;
            out.append(expandText(line.substring(from, end), from == 0 && end == line.length(), lineNumber, unsupported));
            if (tick < 0) {
                break;
            }
            int run = tick;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            String ticks = line.substring(tick, run);
            int close = line.indexOf(ticks, run);
            int spanEnd = close < 0 ? run : close + ticks.length();
            out.append(unescaped(line.substring(tick, spanEnd))); // a code span, as written
            from = spanEnd;
        }
        return out.toString();
    }

    private static boolean hasWork(String text) {
        return text.contains("{{") || text.contains("{%") || text.contains("](@/");
    }

    private String expandText(String written, boolean wholeLine, int lineNumber, List<Unsupported> unsupported) {
        if (!hasWork(written)) {
            return written;
        }
        String text = !written.contains("](@/") ? written : ZOLA_LINK.matcher(written) // Zola's [post](@/blog/post.md)
                .replaceAll(link -> Matcher.quoteReplacement("](" + ref(true, link.group(1)) + ")"));
        Matcher m = ANY.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 128);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            last = m.end();
            boolean alone = wholeLine && text.strip().equals(m.group());
            String replacement = replacement(m.group(), alone);
            if (replacement == null) {
                unsupported.add(new Unsupported(lineNumber, m.group()));
                out.append(m.group());
            } else {
                out.append(replacement);
            }
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

    /** The HTML for one shortcode, or null for one this class does not know. */
    private String replacement(String shortcode, boolean alone) {
        Matcher site = LIQUID_SITE.matcher(shortcode);
        if (site.matches()) {
            return site.group(1).equals("baseurl") ? basePath : siteRoot.substring(0, siteRoot.length() - basePath.length());
        }
        Matcher url = LIQUID_URL.matcher(shortcode);
        if (url.matches()) {
            String written = url.group(1) != null ? url.group(1) : url.group(2);
            String path = written.startsWith("/") ? written : "/" + written;
            return (url.group(3).equals("relative_url") ? basePath : siteRoot) + path;
        }
        Matcher variable = LIQUID_VAR.matcher(shortcode);
        if (variable.matches()) {
            return liquid == null ? null : liquid.evaluate(variable.group(1), variable.group(2));
        }
        Matcher tag = LIQUID_TAG.matcher(shortcode);
        if (tag.matches() && tag.group(1).equals("include") && own != null) { // {% include figure.html path="a.jpg" %}
            String[] words = tag.group(2).strip().split("\\s+", 2);
            String template = own.template(words[0]);
            return template == null ? null : block(own.render(template, arguments(words.length > 1 ? words[1] : ""), null, page), alone);
        }
        if (tag.matches() && (tag.group(1).equals("post_url") || tag.group(1).equals("link"))) {
            return ref(false, tag.group(2).strip());
        }
        if (tag.matches() && tag.group(1).equals("gist")) { // {% gist user/id [file] %}
            String[] words = tag.group(2).strip().split("\\s+");
            String[] path = words[0].split("/");
            return path.length == 2 ? gist(Map.of("0", path[0], "1", path[1]), alone) : null;
        }
        Matcher escaped = ESCAPED.matcher(shortcode);
        if (escaped.matches()) {
            return "{{" + escaped.group(1) + escaped.group(2) + escaped.group(3) + "}}";
        }
        Matcher zola = ZOLA.matcher(shortcode);
        if (zola.matches()) {
            return video(zola.group(1), arguments(zola.group(2)), alone);
        }
        Matcher hugo = HUGO.matcher(shortcode);
        if (!hugo.matches() || !hugo.group(2).isEmpty()) {
            return null;
        }
        Map<String, String> args = arguments(hugo.group(4));
        return switch (hugo.group(3)) {
            case "figure" -> block(figure(args), alone);
            case "youtube", "vimeo" -> video(hugo.group(3), args, alone);
            case "vimeo_simple" -> video("vimeo", args, alone);
            case "ref", "relref" -> ref(hugo.group(3).equals("ref"), args.getOrDefault("path", args.get("0")));
            case "gist" -> gist(args, alone);
            case "tweet", "x" -> post(args, alone);
            case "instagram" -> link("https://www.instagram.com/p/", args.getOrDefault("id", args.get("0")), "/",
                    "Instagram post", alone);
            default -> custom(hugo.group(3), args, alone);
        };
    }

    /** A shortcode of the site's own, from its template in templates/shortcodes/, or null. */
    private String custom(String name, Map<String, String> args, boolean alone) {
        String template = own == null ? null : own.template(name);
        return template == null ? null : block(own.render(template, args, null, page), alone);
    }

    /** Hugo's {@code gist USER ID [FILE]}: a link to the gist rather than GitHub's script. */
    private static String gist(Map<String, String> args, boolean alone) {
        String user = args.getOrDefault("user", args.get("0"));
        String id = args.getOrDefault("id", args.get("1"));
        if (user == null || !VIDEO_ID.matcher(user).matches()) {
            return null;
        }
        return link("https://gist.github.com/" + user + "/", id, "", "Gist " + user + "/" + id, alone);
    }

    /** Hugo's {@code tweet user="…" id="…"} (or the older {@code tweet ID}): a link to the post on X. */
    private static String post(Map<String, String> args, boolean alone) {
        String user = args.get("user");
        if (user != null && !VIDEO_ID.matcher(user).matches()) {
            return null;
        }
        String base = user == null ? "https://x.com/i/status/" : "https://x.com/" + user + "/status/";
        return link(base, args.getOrDefault("id", args.get("0")), "", user == null ? "Post on X" : "Post by @" + user + " on X", alone);
    }

    /** A link to an embed's page, when its id is a plain id: {@code <p class="embed"><a …>label</a></p>}. */
    private static String link(String prefix, String id, String suffix, String label, boolean alone) {
        if (id == null || !VIDEO_ID.matcher(id).matches()) {
            return null;
        }
        String a = "<a class=\"embed\" href=\"" + CodeHighlighter.escape(prefix + id + suffix) + "\">" + CodeHighlighter.escape(label) + "</a>";
        return alone ? block("<p>" + a + "</p>", true) : a;
    }

    /**
     * A link to another page by its source file, as a placeholder resolved once every page is known
     * (by {@code site.RefLinks}): {@code colophon-ref:abs:} for an absolute URL (ref), {@code rel:} for a
     * path on the site (relref), then the target, URL-encoded.
     */
    private static String ref(boolean absolute, String target) {
        if (target == null || target.isBlank()) {
            return null;
        }
        return REF_PREFIX + (absolute ? "abs:" : "rel:") + URLEncoder.encode(target.strip(), StandardCharsets.UTF_8);
    }

    private static String figure(Map<String, String> args) {
        String src = args.get("src");
        if (src == null) {
            return null;
        }
        StringBuilder html = new StringBuilder("<figure").append(attribute("class", args.get("class"))).append('>');
        String img = "<img src=\"" + CodeHighlighter.escape(src) + "\" alt=\""
                + CodeHighlighter.escape(args.getOrDefault("alt", args.getOrDefault("caption", ""))) + "\""
                + attribute("width", args.get("width")) + attribute("height", args.get("height")) + attribute("loading", "lazy") + ">";
        html.append(args.containsKey("link") ? "<a href=\"" + CodeHighlighter.escape(args.get("link")) + "\">" + img + "</a>" : img);
        String title = args.get("title");
        String caption = args.get("caption");
        if (title != null || caption != null) {
            html.append("<figcaption>");
            if (title != null) {
                html.append("<strong>").append(CodeHighlighter.escape(title)).append("</strong>");
            }
            if (caption != null) {
                html.append(title != null ? " " : "").append(CodeHighlighter.escape(caption));
            }
            html.append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }

    /** A YouTube or Vimeo player, from the privacy-enhanced hosts that set no cookies until played. */
    private static String video(String kind, Map<String, String> args, boolean alone) {
        String id = args.getOrDefault("id", args.get("0"));
        if (id == null || !VIDEO_ID.matcher(id).matches()) {
            return null;
        }
        String src = kind.equals("youtube") ? "https://www.youtube-nocookie.com/embed/" + id : "https://player.vimeo.com/video/" + id + "?dnt=1";
        String title = args.getOrDefault("title", kind.equals("youtube") ? "YouTube video" : "Vimeo video");
        return block("<div class=\"video\"><iframe src=\"" + src + "\" title=\"" + CodeHighlighter.escape(title)
                + "\" loading=\"lazy\" allow=\"fullscreen; picture-in-picture\" allowfullscreen></iframe></div>", alone);
    }

    /** On a line of its own, HTML becomes a block of its own: blank lines around it end the paragraph. */
    private static String block(String html, boolean alone) {
        return html == null ? null : alone ? "\n" + html + "\n" : html;
    }

    private static String attribute(String name, String value) {
        return value == null ? "" : " " + name + "=\"" + CodeHighlighter.escape(value) + "\"";
    }

    /** Named arguments by name, positional ones by their index ("0", "1", ...). */
    static Map<String, String> arguments(String text) {
        Map<String, String> args = new LinkedHashMap<>();
        Matcher m = ARGUMENT.matcher(text);
        int position = 0;
        while (m.find()) {
            String value = m.group(2);
            if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '`')) {
                value = value.substring(1, value.length() - 1);
            }
            args.put(m.group(1) != null ? m.group(1) : String.valueOf(position++), value);
        }
        return args;
    }

    /** The language of a line that opens a highlighted block (Hugo's or Jekyll's), or null. */
    private static String highlightLanguage(String line) {
        String stripped = line.strip();
        if (!stripped.startsWith("{")) {
            return null;
        }
        Matcher hugo = HUGO.matcher(stripped);
        if (hugo.matches() && hugo.group(2).isEmpty() && hugo.group(3).equals("highlight")) {
            return arguments(hugo.group(4)).getOrDefault("0", "");
        }
        Matcher jekyll = JEKYLL_HIGHLIGHT.matcher(stripped);
        return jekyll.matches() ? jekyll.group(1) : null;
    }

    /** A highlight block up to its closing tag as a fenced code block; returns the last line used. */
    private static int highlight(String[] lines, int start, StringBuilder out) {
        String language = highlightLanguage(lines[start]);
        List<String> code = new ArrayList<>();
        int i = start + 1;
        while (i < lines.length && !isHighlightEnd(lines[i])) {
            code.add(lines[i]);
            i++;
        }
        if (i == lines.length) { // never closed: leave every line as written
            out.append(lines[start]);
            return start;
        }
        String fence = "```";
        while (String.join("\n", code).contains(fence)) {
            fence += "`";
        }
        out.append(fence).append(language).append('\n');
        code.forEach(line -> out.append(line).append('\n'));
        out.append(fence);
        return i;
    }

    private static boolean isHighlightEnd(String line) {
        Matcher m = HUGO.matcher(line.strip());
        return m.matches() && m.group(2).equals("/") && m.group(3).equals("highlight")
                || JEKYLL_END_HIGHLIGHT.matcher(line.strip()).matches();
    }
}
