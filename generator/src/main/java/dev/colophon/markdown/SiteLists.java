package dev.colophon.markdown;

import java.util.Map;

/**
 * What Jekyll's Liquid lists of the whole site hold for one page ({@code site.posts}, {@code site.tags},
 * {@code site.categories}, {@code site.pages}, a collection's documents, {@code paginator}): known only
 * once every page is, so a page is first rendered without them ({@link #unknown()}), which records
 * whether it asked for them; the build renders the pages that did again, with the lists.
 */
public final class SiteLists {
    private final Map<String, Object> lists;
    private final Map<String, Object> paginator;
    /** Set from the threads that render a page's includes too; read once the page is rendered. */
    private volatile boolean wanted;
    private volatile boolean paginated;

    private SiteLists(Map<String, Object> lists, Map<String, Object> paginator) {
        this.lists = lists;
        this.paginator = paginator;
    }

    /** Lists not known yet: asking for one gives nothing and is recorded. */
    public static SiteLists unknown() {
        return new SiteLists(null, null);
    }

    /**
     * @param lists the site's lists by their name under {@code site} ({@code posts}, {@code tags}, a collection's name)
     * @param paginator Jekyll's {@code paginator} for this page
     */
    public static SiteLists of(Map<String, Object> lists, Map<String, Object> paginator) {
        return new SiteLists(lists, paginator);
    }

    /** The list {@code site.NAME}, or null where it is not known (yet, or at all). */
    Object list(String name) {
        wanted = true;
        return lists == null ? null : lists.get(name);
    }

    /** Jekyll's {@code paginator}, or null while the lists are not known. */
    Map<String, Object> paginator() {
        wanted = true;
        paginated = true;
        return paginator;
    }

    /** Whether the page asked for one of the site's lists or the paginator. */
    public boolean wanted() {
        return wanted;
    }

    /** Whether the page used the paginator, which lists every post on one page: an approximation the build reports. */
    public boolean paginated() {
        return paginated;
    }
}
