package dev.colophon.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What takes the place of a call that nothing expands (a shortcode, include or Liquid tag without a
 * built-in, a port or an {@code _includes/} file): an HTML comment naming it, so that the page shows
 * nothing of it while its source still says where it was. Hugo and Zola fail the build there; Colophon
 * warns with file and line instead (and {@code --strict} fails).
 */
final class UnconvertedMark {
    private static final Pattern NAME = Pattern.compile("[\\w./]{1,100}");

    private UnconvertedMark() {
    }

    /** The mark for a call as written; inside a tag's attributes (between {@code <} and {@code >}) nothing at all. */
    static String of(String written, String lineBefore) {
        if (lineBefore.lastIndexOf('<') > lineBefore.lastIndexOf('>')) {
            return "";
        }
        return "<!-- not converted: " + nameOf(written) + " (see the build's warnings) -->";
    }

    /** The call's name ({@code gallery()}, {@code notice}, {@code include note.html}), safe inside a comment. */
    static String nameOf(String written) {
        for (ShortcodeSyntax syntax : ShortcodeSyntax.values()) {
            ShortcodeCall call = syntax.call(written, false);
            if (call == null) {
                continue;
            }
            Matcher file = NAME.matcher(call.arguments().strip());
            return syntax == ShortcodeSyntax.ZOLA ? safe(call.name()) + "()"
                    : call.name().equals("include") && file.lookingAt() ? "include " + safe(file.group()) : safe(call.name());
        }
        Matcher closing = ShortcodeSyntax.HUGO.pattern.matcher(written);
        if (closing.matches()) {
            return "/" + safe(closing.group(3));
        }
        Matcher first = NAME.matcher(written.replaceAll("^[{%<\\s-]+", ""));
        return first.lookingAt() ? safe(first.group()) : "template tag";
    }

    private static String safe(String name) {
        String kept = name.replaceAll("[^\\w./-]", "").replaceAll("-{2,}", "-");
        return kept.isEmpty() ? "template tag" : kept;
    }
}
