package dev.colophon.settings.peer;

import static dev.colophon.settings.peer.PeerFiles.map;
import static dev.colophon.settings.peer.PeerFiles.text;

import java.util.LinkedHashMap;
import java.util.Map;

/** Jekyll's permalink styles and patterns in Colophon's placeholders (:title is the slug, :output_ext .html). */
public final class JekyllPermalinks {
    private JekyllPermalinks() {
    }

    static String post(String style) {
        return switch (style) {
            case "date" -> "/:categories/:year/:month/:day/:slug.html";
            case "pretty" -> "/:categories/:year/:month/:day/:slug/";
            case "none" -> "/:categories/:slug.html";
            case "ordinal", "weekdate" -> "/:categories/:year/:month/:day/:slug.html"; // approximated: no day of year
            default -> pattern(style);
        };
    }

    /** Pages keep their path: about.md is /about.html, or /about/ with pretty permalinks. */
    static String page(String style) {
        return endsInFolder(style) ? "/:section/:subpath:slug/" : "/:section/:subpath:slug.html";
    }

    /** Jekyll's add_permalink_suffix: pages and collections end in / under pretty or a pattern that does. */
    private static boolean endsInFolder(String style) {
        return style.equals("pretty") || style.endsWith("/");
    }

    /** The collections that Jekyll writes out ({@code output: true}), by their folder {@code _NAME}. */
    static Map<String, Object> collections(Map<String, Object> collections, String style) {
        Map<String, Object> patterns = new LinkedHashMap<>();
        collections.forEach((name, value) -> {
            Map<String, Object> c = map(value);
            if (!Boolean.TRUE.equals(c.get("output"))) {
                return;
            }
            String written = text(c.get("permalink"));
            String pattern = written != null ? written
                    : endsInFolder(style) ? "/:collection/:path/" : "/:collection/:path:output_ext";
            // :path and :name keep the file's whole name, a date in it too (_news/2023-01-31-a.md is /news/2023-01-31-a/)
            patterns.put("_" + name, pattern(pattern.replace(":collection", name).replace(":path", ":subpath:name")));
        });
        return patterns;
    }

    /** A pattern as written (in _config.yml or a page's {@code permalink:}); without an ending, Jekyll writes a .html file. */
    public static String pattern(String written) {
        String p = written.startsWith("/") ? written : "/" + written;
        p = p.replace(":title", ":slug").replace(":basename", ":name")
                .replace(":output_ext", ".html").replace(":i_month", ":month").replace(":i_day", ":day")
                .replace(":short_year", ":year");
        if (p.endsWith(".html") || p.endsWith("/")) {
            return p;
        }
        return p.endsWith(".htm") ? p + "l" : p + ".html"; // Jekyll writes /a/b as a/b.html
    }
}
