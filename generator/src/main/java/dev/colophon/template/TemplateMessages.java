package dev.colophon.template;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pebble's errors in the site's terms: a missing variable is named as a template writes it, with the
 * {@code | default} that makes it optional, and without the Java class names Pebble reports.
 */
final class TemplateMessages {
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile(
            "Attribute \\[([^\\]]+)\\] of \\[([^\\]]+)\\] does not exist or can not be accessed.*", Pattern.DOTALL);
    private static final Pattern MISSING_ROOT = Pattern.compile(
            "Root attribute \\[([^\\]]+)\\] does not exist or can not be accessed.*", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z]\\w*\\.)+([A-Z]\\w*)\\b");
    private static final Map<String, String> TERMS = Map.of(
            "dev.colophon.site.Page", "a post or page (its own front matter fields are page.params.NAME)",
            "dev.colophon.site.Site", "site",
            "dev.colophon.site.Tag", "a tag",
            "dev.colophon.site.Pager", "the pager");

    private TemplateMessages() {
    }

    /** {@code line} is the template's line where Pebble stopped, to name the expression as written there. */
    static String explain(String message, String line) {
        Matcher attribute = MISSING_ATTRIBUTE.matcher(message);
        if (attribute.matches()) {
            String name = attribute.group(1);
            String written = asWritten(line, name, "." + name);
            return "'" + written + "' does not exist: " + TERMS.getOrDefault(attribute.group(2), "this value") + " has no '"
                    + name + "'; if it may be missing, write {{ " + written + " | default(\"\") }}";
        }
        Matcher root = MISSING_ROOT.matcher(message);
        if (root.matches()) {
            String name = root.group(1);
            String written = asWritten(line, name, name);
            return "'" + written + "' does not exist: there is no variable '" + name + "' here (templates have site, page"
                    + " and, on lists, posts and pager); if it may be missing, write {{ " + written + " | default(\"\") }}";
        }
        return CLASS_NAME.matcher(message).replaceAll("$1");
    }

    /** The dotted expression on the line that ends with (or starts with) the missing name, e.g. page.subtitle. */
    private static String asWritten(String line, String name, String fallback) {
        Matcher expression = Pattern.compile("[A-Za-z_][\\w.]*").matcher(line == null ? "" : line);
        while (expression.find()) {
            String found = expression.group();
            if (found.endsWith("." + name) || found.equals(name) || found.startsWith(name + ".")) {
                return found;
            }
        }
        return fallback;
    }
}
