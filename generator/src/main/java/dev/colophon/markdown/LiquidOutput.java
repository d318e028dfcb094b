package dev.colophon.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's output tags: {@code {{ site.baseurl }}}, {@code {{ site.url }}}, a quoted path through
 * {@code relative_url} or {@code absolute_url} (these without the site's variables too), and any
 * other {@code {{ site.X }}} or {@code {{ page.X | filter }}} from the page's variables.
 */
final class LiquidOutput {
    static final Pattern SITE = Pattern.compile("\\{\\{-?\\s*site\\.(baseurl|url)\\s*-?\\}\\}");
    static final Pattern URL = Pattern.compile("\\{\\{-?\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*\\|\\s*(relative_url|absolute_url)\\s*-?\\}\\}");
    static final Pattern VARIABLE = Pattern.compile(
            "\\{\\{-?\\s*((?:site|page|paginator)(?:\\.[\\w-]{1,100}){1,10}|\"[^\"]{0,500}\"|'[^']{0,500}')\\s*((?:\\|[^}]{0,500}?)?)-?\\}\\}");

    private LiquidOutput() {
    }

    /** Whether a text is one output tag, whatever it writes. */
    static boolean isOutput(String text) {
        return SITE.matcher(text).matches() || URL.matcher(text).matches() || VARIABLE.matcher(text).matches();
    }

    /** What an output tag writes, or null where it needs variables the context has not. */
    static String value(String tag, ShortcodeContext context) {
        String basePath = context.basePath();
        Matcher site = SITE.matcher(tag);
        if (site.matches()) {
            String siteRoot = context.siteRoot();
            return site.group(1).equals("baseurl") ? basePath : siteRoot.substring(0, siteRoot.length() - basePath.length());
        }
        Matcher url = URL.matcher(tag);
        if (url.matches()) {
            String written = url.group(1) != null ? url.group(1) : url.group(2);
            String path = written.startsWith("/") ? written : "/" + written;
            return (url.group(3).equals("relative_url") ? basePath : context.siteRoot()) + path;
        }
        Matcher variable = VARIABLE.matcher(tag);
        if (!variable.matches() || context.liquid() == null) {
            return null;
        }
        return context.liquid().evaluate(variable.group(1), variable.group(2));
    }
}
