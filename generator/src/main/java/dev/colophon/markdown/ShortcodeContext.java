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
 * @param includes Jekyll's {@code _includes/} folder, whose files an include without a ported template runs, or null
 * @param depth how many includes deep the call is (an include may include another)
 * @param approximations what the calls expanded so far approximated, in order (one expansion's own)
 * @param ran the includes of the page's text that its Liquid logic ran, for their calls, or null
 */
public record ShortcodeContext(String siteRoot, String basePath, LiquidValues liquid, SiteShortcodes own, Map<String, Object> page,
                               java.nio.file.Path includes, int depth, List<String> approximations, RanIncludes ran) {
    ShortcodeContext(String siteRoot, String basePath, LiquidValues liquid, SiteShortcodes own, Map<String, Object> page,
                     java.nio.file.Path includes) {
        this(siteRoot, basePath, liquid, own, page, includes, 0, List.of(), null);
    }

    /** The same context for one expansion, with a list of its own for what its calls approximate. */
    ShortcodeContext forExpansion() {
        return new ShortcodeContext(siteRoot, basePath, liquid, own, page, includes, depth, new ArrayList<>(), null);
    }

    /** This expansion's context, with the includes that its page's Liquid logic ran. */
    ShortcodeContext withRan(RanIncludes includes) {
        return new ShortcodeContext(siteRoot, basePath, liquid, own, page, this.includes, depth, approximations, includes);
    }

    /** The context of an include's own text, one level deeper; what it approximates is this one's. */
    ShortcodeContext within(LiquidValues values) {
        return new ShortcodeContext(siteRoot, basePath, values, own, page, includes, depth + 1, approximations, null);
    }

    /** Says that the call being expanded writes only an approximation of the original's output, and how; the build warns. */
    public void approximated(String how) {
        approximations.add(how);
    }
}
