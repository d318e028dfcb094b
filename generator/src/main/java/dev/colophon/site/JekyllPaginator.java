package dev.colophon.site;

import dev.colophon.settings.SiteConfig;
import dev.colophon.settings.peer.Generator;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Jekyll's paginator as jekyll-paginate makes it: with {@code paginate: N}, the {@code index.html}
 * of the folder {@code paginate_path} names (or the nearest above it) is written as pages of N posts,
 * the first at its own URL and page K at {@code paginate_path} with {@code :num} as K.
 *
 * @param perPage the posts a page shows
 * @param pattern {@code paginate_path}, {@code /page:num/} unless the site says otherwise
 * @param template the index page that is paginated, within the content; null where it is the home
 *     page at the top, which Colophon writes itself
 */
public record JekyllPaginator(int perPage, String pattern, Path template) {
    private static final String DEFAULT_PATH = "/page:num/";

    /** The site's paginator, or null where it has none (not Jekyll, or no {@code paginate}). */
    public static JekyllPaginator of(SiteConfig config, Collection<Path> withinContent) {
        if (!config.migration().is(Generator.JEKYLL)) {
            return null;
        }
        Map<String, Object> variables = config.migration().variables();
        int perPage = variables.get("paginate") instanceof Number n ? n.intValue() : 0;
        if (perPage <= 0) {
            return null;
        }
        String pattern = variables.get("paginate_path") instanceof String s && s.contains(":num") ? s : DEFAULT_PATH;
        Path folder = Path.of(pattern.replaceAll("^/+|/+$", "")).getParent();
        for (Path dir = folder; dir != null; dir = dir.getParent()) { // the deepest index.html on the way, as Jekyll's
            for (String name : List.of("index.html", "index.md")) {
                if (withinContent.contains(dir.resolve(name))) {
                    return new JekyllPaginator(perPage, pattern, dir.resolve(name));
                }
            }
        }
        return new JekyllPaginator(perPage, pattern, null);
    }

    /** The posts a paginator shows: those without {@code hidden: true}, as Jekyll's. */
    public static List<Object> shown(List<Object> posts) {
        return posts.stream().filter(p -> !(p instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("hidden")))).toList();
    }

    /** How many pages the posts fill: at least one, so that the index is written. */
    public int pages(int posts) {
        return Math.max(1, (posts + perPage - 1) / perPage);
    }

    /** Where page {@code number} is written: the index's own URL for the first. */
    public String url(int number, String first) {
        String path = path(number, first);
        return path.endsWith("/") || path.endsWith(".html") ? path : path + "/";
    }

    /** Jekyll's {@code paginate_path} for page {@code number}, as its {@code next_page_path} writes it. */
    private String path(int number, String first) {
        if (number <= 1) {
            return first;
        }
        String path = pattern.replace(":num", String.valueOf(number));
        return path.startsWith("/") ? path : "/" + path;
    }

    /**
     * The {@code paginator} of page {@code number} of an index at {@code first}, over the posts
     * newest first (those with {@code hidden: true} left out, as Jekyll leaves them out).
     */
    public Map<String, Object> paginator(int number, List<Object> posts, String first) {
        List<Object> shown = shown(posts);
        int total = shown.isEmpty() ? 0 : pages(shown.size());
        int from = Math.min((number - 1) * perPage, shown.size());
        Map<String, Object> paginator = new HashMap<>();
        paginator.put("page", number);
        paginator.put("per_page", perPage);
        paginator.put("posts", shown.subList(from, Math.min(from + perPage, shown.size())));
        paginator.put("total_posts", shown.size());
        paginator.put("total_pages", total);
        Integer previous = number > 1 ? number - 1 : null;
        Integer next = number < total ? number + 1 : null;
        paginator.put("previous_page", previous); // nil on the first page, as the paths
        paginator.put("previous_page_path", previous == null ? null : path(previous, first));
        paginator.put("next_page", next);
        paginator.put("next_page_path", next == null ? null : path(next, first));
        return paginator;
    }
}
