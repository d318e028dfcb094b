package dev.colophon.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's built-in shortcodes that need nothing but the post itself, expanded before Markdown is
 * rendered so that Hugo content reads as it did: {@code figure}, {@code youtube}, {@code vimeo} and
 * {@code highlight} (in both the {@code {{< >}}} and {@code {{% %}}} forms), Zola's {@code youtube()}
 * and {@code vimeo()}, and Hugo's escaped form (a comment inside the delimiters), shown as written
 * without it. Any other shortcode stays as written and is reported. Code blocks and code spans are
 * left alone.
 */
public final class Shortcodes {
    /** A shortcode left as written, at a line of the text given. */
    public record Unsupported(int line, String shortcode) {
    }

    /** The text with shortcodes expanded, and those that were not. */
    public record Result(String markdown, List<Unsupported> unsupported) {
    }

    private static final Pattern ESCAPED = Pattern.compile("\\{\\{([<%])/\\*(.*?)\\*/([>%])\\}\\}");
    private static final Pattern HUGO = Pattern.compile("\\{\\{([<%])\\s*(/?)([\\w./-]+)((?:\\s+(?:[\\w-]+=)?(?:\"[^\"]*\"|`[^`]*`|[^\\s\"`>%]+))*)\\s*/?[>%]\\}\\}");
    private static final Pattern ZOLA = Pattern.compile("\\{\\{\\s*(youtube|vimeo)\\(([^)]*)\\)\\s*\\}\\}");
    private static final Pattern ANY = Pattern.compile(ESCAPED.pattern() + "|" + HUGO.pattern() + "|" + ZOLA.pattern());
    private static final Pattern ARGUMENT = Pattern.compile("(?:([\\w-]+)\\s*=\\s*)?(\"[^\"]*\"|`[^`]*`|[^\\s\"`,]+)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern VIDEO_ID = Pattern.compile("[\\w-]+");

    /** Expands the shortcodes of a Markdown text; a text without "{{" comes back as it is. */
    public Result expand(String markdown) {
        if (!markdown.contains("{{")) {
            return new Result(markdown, List.of());
        }
        List<Unsupported> unsupported = new ArrayList<>();
        StringBuilder out = new StringBuilder(markdown.length() + 256);
        String[] lines = markdown.split("\n", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fenceLine = FENCE.matcher(line);
            if (fence != null) {
                if (fenceLine.find() && fenceLine.group(1).charAt(0) == fence.charAt(0) && fenceLine.group(1).length() >= fence.length()) {
                    fence = null;
                }
                out.append(line);
            } else if (fenceLine.find()) {
                fence = fenceLine.group(1);
                out.append(line);
            } else if (isHighlightStart(line)) {
                i = highlight(lines, i, out);
            } else {
                out.append(expandLine(line, i + 1, unsupported));
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return new Result(out.toString(), unsupported);
    }

    /** Expands the shortcodes of one line outside its code spans. */
    private String expandLine(String line, int lineNumber, List<Unsupported> unsupported) {
        if (!line.contains("{{")) {
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
            out.append(line, tick, spanEnd); // a code span, as written
            from = spanEnd;
        }
        return out.toString();
    }

    private String expandText(String text, boolean wholeLine, int lineNumber, List<Unsupported> unsupported) {
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

    /** The HTML for one shortcode, or null for one this class does not know. */
    private static String replacement(String shortcode, boolean alone) {
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
            default -> null;
        };
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
    private static Map<String, String> arguments(String text) {
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

    private static boolean isHighlightStart(String line) {
        Matcher m = HUGO.matcher(line.strip());
        return m.matches() && m.group(2).isEmpty() && m.group(3).equals("highlight");
    }

    /** {@code {{< highlight go >}}} up to {@code {{< /highlight >}}} as a fenced code block; returns the last line used. */
    private static int highlight(String[] lines, int start, StringBuilder out) {
        Matcher open = HUGO.matcher(lines[start].strip());
        open.matches();
        String language = arguments(open.group(4)).getOrDefault("0", "");
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
        return m.matches() && m.group(2).equals("/") && m.group(3).equals("highlight");
    }
}
