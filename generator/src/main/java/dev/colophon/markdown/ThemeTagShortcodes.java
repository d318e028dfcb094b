package dev.colophon.markdown;

/**
 * Liquid tags of Jekyll's plugins whose output the theme writes itself: jekyll-seo-tag's
 * {@code {% seo %}} (the page's title, description and social meta tags) and jekyll-feed's
 * {@code {% feed_meta %}} (the feed's link). In content they write nothing, as the theme has them.
 */
final class ThemeTagShortcodes implements Shortcode {
    @Override
    public String expand(ShortcodeCall call, ShortcodeContext context) {
        return "";
    }
}
