package dev.colophon.markdown;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links to another page by its source file: Hugo's {@code ref} and {@code relref}, Jekyll's
 * {@code post_url} and {@code link}, Zola's {@code [post](@/blog/post.md)}. Each becomes a
 * placeholder that {@code site.RefLinks} resolves once every page is known.
 */
final class PageLinkShortcodes implements Shortcode {
    private static final Pattern ZOLA_LINK = Pattern.compile("\\]\\(@/([^)\\s]{1,1000})\\)");

    @Override
    public String expand(ShortcodeCall call, ShortcodeContext context) {
        return switch (call.syntax()) {
            case HUGO -> ref(call.name().equals("ref"), call.arg("path", 0));
            case LIQUID -> ref(false, call.arguments().strip());
            case ZOLA -> null;
        };
    }

    /** Zola's internal links in a text, {@code [post](@/blog/post.md)}, as placeholders. */
    static String zolaLinks(String text) {
        if (!text.contains("](@/")) {
            return text;
        }
        return ZOLA_LINK.matcher(text).replaceAll(link -> Matcher.quoteReplacement("](" + ref(true, link.group(1)) + ")"));
    }

    /**
     * {@code colophon-ref:abs:} for an absolute URL (ref), {@code rel:} for a path on the site
     * (relref), then the target, URL-encoded; null for no target.
     */
    private static String ref(boolean absolute, String target) {
        if (target == null || target.isBlank()) {
            return null;
        }
        return Shortcodes.REF_PREFIX + (absolute ? "abs:" : "rel:") + URLEncoder.encode(target.strip(), StandardCharsets.UTF_8);
    }
}
