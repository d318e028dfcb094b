package dev.colophon.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call of a shortcode as written.
 *
 * @param arguments the text after the name, as written
 * @param alone whether the call is the whole of its line (then its HTML becomes a block of its own)
 */
public record ShortcodeCall(ShortcodeSyntax syntax, String name, String arguments, boolean alone) {
    private static final Pattern ARGUMENT = Pattern.compile("(?:([\\w-]+)\\s*=\\s*)?(\"[^\"]*\"|`[^`]*`|'[^']*'|[^\\s\"`,]+)");

    /** The arguments: named ones by name, positional ones by their index ("0", "1", ...). */
    public Map<String, String> args() {
        return arguments(arguments);
    }

    /** The first of the named argument or the positional one, or null. */
    public String arg(String key, int position) {
        Map<String, String> args = args();
        return args.getOrDefault(key, args.get(String.valueOf(position)));
    }

    /** On a line of its own, HTML becomes a block of its own: blank lines around it end the paragraph. */
    public String block(String html) {
        return html == null ? null : alone ? "\n" + html + "\n" : html;
    }

    /** Named arguments by name, positional ones by their index ("0", "1", ...), quotes taken off (Liquid's single ones too). */
    static Map<String, String> arguments(String text) {
        Map<String, String> args = new LinkedHashMap<>();
        Matcher m = ARGUMENT.matcher(text);
        int position = 0;
        while (m.find()) {
            String value = m.group(2);
            if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '`' || value.charAt(0) == '\'')) {
                value = value.substring(1, value.length() - 1);
            }
            args.put(m.group(1) != null ? m.group(1) : String.valueOf(position++), value);
        }
        return args;
    }
}
