package dev.colophon.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a shortcode may use of the page it is expanded in, and where it says that it only approximated
 * what the original generator does.
 *
 * @param siteRoot the site's root URL without a trailing slash
 * @param basePath its path, "" or "/blog"
 * @param liquid Jekyll's {@code site} and {@code page} variables for the page, or null
 * @param own the site's own shortcode and include templates, or null
 * @param page the page's variables, for those templates
 * @param approximations what the calls expanded so far approximated, in order (one expansion's own)
 */
public record ShortcodeContext(String siteRoot, String basePath, LiquidValues liquid, SiteShortcodes own, Map<String, Object> page,
                               List<String> approximations) {
    ShortcodeContext(String siteRoot, String basePath, LiquidValues liquid, SiteShortcodes own, Map<String, Object> page) {
        this(siteRoot, basePath, liquid, own, page, List.of());
    }

    /** The same context for one expansion, with a list of its own for what its calls approximate. */
    ShortcodeContext forExpansion() {
        return new ShortcodeContext(siteRoot, basePath, liquid, own, page, new ArrayList<>());
    }

    /** Says that the call being expanded writes only an approximation of the original's output, and how; the build warns. */
    public void approximated(String how) {
        approximations.add(how);
    }
}
