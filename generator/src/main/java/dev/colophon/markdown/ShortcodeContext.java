package dev.colophon.markdown;

import java.util.Map;

/**
 * What a shortcode may use of the page it is expanded in.
 *
 * @param siteRoot the site's root URL without a trailing slash
 * @param basePath its path, "" or "/blog"
 * @param liquid Jekyll's {@code site} and {@code page} variables for the page, or null
 * @param own the site's own shortcode and include templates, or null
 * @param page the page's variables, for those templates
 */
public record ShortcodeContext(String siteRoot, String basePath, LiquidValues liquid, SiteShortcodes own, Map<String, Object> page) {
}
