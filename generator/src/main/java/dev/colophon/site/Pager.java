package dev.colophon.site;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a paginated list (home, a tag), with links to its neighbours.
 *
 * @param number 1-based page number
 * @param newerUrl the page before, or null on the first
 * @param olderUrl the page after, or null on the last
 */
public record Pager(int number, int total, List<Page> items, String url, String newerUrl, String olderUrl) {

    /** Splits {@code items} into pages; the first lives at {@code base}, the others at {@code base + "page/N/"}. */
    public static List<Pager> paginate(List<Page> items, int perPage, String base) {
        return paginate(items, perPage, base, "page");
    }

    /** As {@link #paginate(List, int, String)}, the later pages at {@code base + folder + "/N/"} ({@code base + "N/"} for ""). */
    public static List<Pager> paginate(List<Page> items, int perPage, String base, String folder) {
        String later = folder.isEmpty() ? base : base + folder + "/";
        return paginate(items, perPage, number -> number == 1 ? base : later + number + "/");
    }

    /** Splits {@code items} into pages, page N at {@code urlOf.apply(N)}. */
    public static List<Pager> paginate(List<Page> items, int perPage, java.util.function.IntFunction<String> urlOf) {
        int total = Math.max(1, (items.size() + perPage - 1) / perPage);
        List<Pager> pages = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            List<Page> slice = items.subList(Math.min((n - 1) * perPage, items.size()),
                    Math.min(n * perPage, items.size()));
            pages.add(new Pager(n, total, slice, urlOf.apply(n),
                    n > 1 ? urlOf.apply(n - 1) : null, n < total ? urlOf.apply(n + 1) : null));
        }
        return pages;
    }
}
