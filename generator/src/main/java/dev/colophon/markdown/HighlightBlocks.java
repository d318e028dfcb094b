package dev.colophon.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hugo's {@code {{< highlight go >}}} and Jekyll's {@code {% highlight ruby %}} blocks, as fenced code blocks. */
final class HighlightBlocks {
    private static final Pattern JEKYLL = Pattern.compile("\\{%-?\\s*highlight\\s+([\\w+#.-]+)[^%]*-?%\\}");
    private static final Pattern JEKYLL_END = Pattern.compile("\\{%-?\\s*endhighlight\\s*-?%\\}");

    private HighlightBlocks() {
    }

    /** Whether a line opens a highlighted block. */
    static boolean opens(String line) {
        return language(line) != null;
    }

    /** The language of a line that opens a highlighted block, or null. */
    private static String language(String line) {
        String stripped = line.strip();
        if (!stripped.startsWith("{")) {
            return null;
        }
        Matcher hugo = ShortcodeSyntax.HUGO.pattern.matcher(stripped);
        if (hugo.matches() && hugo.group(2).isEmpty() && hugo.group(3).equals("highlight")) {
            return ShortcodeCall.arguments(hugo.group(4)).getOrDefault("0", "");
        }
        Matcher jekyll = JEKYLL.matcher(stripped);
        return jekyll.matches() ? jekyll.group(1) : null;
    }

    /** The block from {@code start} up to its closing tag as a fenced code block; returns the last line used. */
    static int fence(String[] lines, int start, StringBuilder out) {
        String language = language(lines[start]);
        List<String> code = new ArrayList<>();
        int i = start + 1;
        while (i < lines.length && !closes(lines[i])) {
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

    private static boolean closes(String line) {
        Matcher m = ShortcodeSyntax.HUGO.pattern.matcher(line.strip());
        return m.matches() && m.group(2).equals("/") && m.group(3).equals("highlight") || JEKYLL_END.matcher(line.strip()).matches();
    }
}
