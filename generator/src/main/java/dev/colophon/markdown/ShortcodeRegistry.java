package dev.colophon.markdown;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The shortcodes Colophon knows, by syntax and name, as Pebble's filters are registered: the
 * pipeline asks it for the family that expands a call. A Hugo or Zola shortcode of another name is
 * the site's own, from its template.
 */
public final class ShortcodeRegistry {
    private final Map<ShortcodeSyntax, Map<String, Shortcode>> byName = new EnumMap<>(ShortcodeSyntax.class);
    private final Map<ShortcodeSyntax, Shortcode> otherwise = new EnumMap<>(ShortcodeSyntax.class);

    /** The shortcodes of Hugo, Zola and Jekyll that Colophon expands itself. */
    public static ShortcodeRegistry builtIn() {
        Shortcode videos = new VideoShortcodes();
        Shortcode pageLinks = new PageLinkShortcodes();
        Shortcode embedLinks = new EmbedLinkShortcodes();
        Shortcode siteTemplates = new SiteTemplateShortcodes();
        ShortcodeRegistry registry = new ShortcodeRegistry();
        return registry
                .register(ShortcodeSyntax.HUGO, videos, "youtube", "vimeo", "vimeo_simple")
                .register(ShortcodeSyntax.HUGO, new FigureShortcode(), "figure")
                .register(ShortcodeSyntax.HUGO, pageLinks, "ref", "relref")
                .register(ShortcodeSyntax.HUGO, embedLinks, "gist", "tweet", "x", "instagram")
                .otherwise(ShortcodeSyntax.HUGO, siteTemplates)
                .register(ShortcodeSyntax.ZOLA, videos, "youtube", "vimeo")
                .register(ShortcodeSyntax.ZOLA, new ResizeImageShortcode(siteTemplates), "resize_image")
                .otherwise(ShortcodeSyntax.ZOLA, siteTemplates)
                .register(ShortcodeSyntax.LIQUID, pageLinks, "post_url", "link")
                .register(ShortcodeSyntax.LIQUID, embedLinks, "gist")
                .register(ShortcodeSyntax.LIQUID, new JekyllIncludeShortcode(registry), "include")
                .register(ShortcodeSyntax.LIQUID, new ThemeTagShortcodes(), "seo", "feed_meta");
    }

    /** Registers a family under the names it answers to in one syntax; a later one replaces an earlier. */
    public ShortcodeRegistry register(ShortcodeSyntax syntax, Shortcode shortcode, String... names) {
        Map<String, Shortcode> names0 = byName.computeIfAbsent(syntax, s -> new HashMap<>());
        for (String name : names) {
            names0.put(name, shortcode);
        }
        return this;
    }

    /** The family that expands the calls of a syntax that no name is registered for. */
    public ShortcodeRegistry otherwise(ShortcodeSyntax syntax, Shortcode shortcode) {
        otherwise.put(syntax, shortcode);
        return this;
    }

    /** The family for a call's name, or null. */
    Shortcode find(ShortcodeSyntax syntax, String name) {
        Shortcode named = byName.getOrDefault(syntax, Map.of()).get(name);
        return named != null ? named : otherwise.get(syntax);
    }
}
