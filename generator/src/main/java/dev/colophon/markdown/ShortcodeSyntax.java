package dev.colophon.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How each generator writes a call by name, and where its name and arguments are in it. */
public enum ShortcodeSyntax {
    /** Hugo's {@code {{< name args >}}} and {@code {{% name args %}}}; a closing {@code {{< /name >}}} has a slash. */
    HUGO("\\{\\{([<%])\\s*(/?)\\s*([\\w./-]{1,100})(.{0,1000}?)\\s*/?\\s*[>%]\\}\\}", 3, 4),
    /** Zola's {@code {{ name(key="value") }}}. */
    ZOLA("\\{\\{\\s*([A-Za-z_][\\w-]{0,99})\\(([^)]{0,1000})\\)\\s*\\}\\}", 1, 2),
    /** A Liquid tag, {@code {% name args %}}. */
    LIQUID("\\{%-?\\s*(\\w{1,100})(.{0,1000}?)-?%\\}", 1, 2);

    // No repeated groups (Java matches those recursively: a long line would overflow the stack) and
    // bounded lengths (an unclosed opener must not cost a scan to the end of the line for each one).
    final Pattern pattern;
    private final int name;
    private final int arguments;

    ShortcodeSyntax(String pattern, int name, int arguments) {
        this.pattern = Pattern.compile(pattern);
        this.name = name;
        this.arguments = arguments;
    }

    /** The call a whole text is, or null if it is not one in this syntax (or is Hugo's closing tag). */
    ShortcodeCall call(String text, boolean alone) {
        Matcher m = pattern.matcher(text);
        if (!m.matches() || this == HUGO && !m.group(2).isEmpty()) {
            return null;
        }
        return new ShortcodeCall(this, m.group(name), m.group(arguments), alone);
    }
}
