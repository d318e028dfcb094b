package dev.colophon.comments.internal.stats;

import dev.colophon.comments.config.CountedPages;
import dev.colophon.comments.internal.fetch.FetchException;
import dev.colophon.comments.internal.fetch.Fetched;
import dev.colophon.comments.internal.fetch.Fetcher;
import dev.colophon.comments.internal.stats.sitemap.Sitemap;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which pages a site has, from the sitemap at its origin ({@code ORIGIN/sitemap.xml}, and the sitemaps
 * an index lists on the same origin), so that only real pages count as views. A page not listed makes
 * the sitemap be read again, at most once a {@link #RETRY} (a post published since); without a readable
 * sitemap every page counts, as with {@code count_views: all}.
 */
public final class SitePages {
    static final Duration RETRY = Duration.ofMinutes(1);
    static final Duration MAX_AGE = Duration.ofHours(1);
    private static final int MAX_SITEMAPS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(SitePages.class);

    /** A site's pages as last read; null paths: no sitemap, every page counts. */
    private record Known(Set<String> paths, long readAt) {
        boolean has(String page) {
            return paths == null || paths.contains(page);
        }
    }

    private final CountedPages mode;
    private final Set<String> origins;
    private final Fetcher fetcher;
    private final Clock clock;
    private final Map<String, Known> sites = new ConcurrentHashMap<>();

    /** @param origins the configured site origins: the only ones whose sitemaps are read */
    public SitePages(CountedPages mode, Set<String> origins, Fetcher fetcher, Clock clock) {
        this.mode = mode;
        this.origins = Set.copyOf(origins);
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /**
     * Whether a view of {@code page} on the site at {@code origin} counts. An origin that is not configured
     * (a request naming its own Host as its origin) has no sitemap that the server may trust.
     */
    public boolean has(String origin, String page) {
        if (mode == CountedPages.ALL) {
            return true;
        }
        if (!origins.contains(origin)) {
            return false;
        }
        Known known = sites.get(origin);
        long now = clock.millis();
        if (known != null && known.has(page) && now - known.readAt() < MAX_AGE.toMillis()) {
            return true;
        }
        if (known != null && now - known.readAt() < RETRY.toMillis()) {
            return false;
        }
        // one read per site at a time; beacons of the same site wait for it (the reader never does)
        return sites.compute(origin, (o, old) -> old != null && old != known ? old : read(o, old)).has(page);
    }

    private Known read(String origin, Known old) {
        long now = clock.millis();
        try {
            Set<String> paths = new HashSet<>();
            URI first = URI.create(origin + "/sitemap.xml");
            if (!collect(first, origin, paths, new int[] {0})) {
                LOG.info("No sitemap at {}: every page of {} counts as a view", first, origin);
                return new Known(null, now);
            }
            return new Known(Set.copyOf(paths), now);
        } catch (FetchException | RuntimeException e) {
            LOG.warn("Cannot read the sitemap of {} ({}); {}", origin, e.getMessage(),
                    old != null && old.paths() != null ? "keeping the pages read before" : "every page counts until it can be read");
            return new Known(old == null ? null : old.paths(), now);
        }
    }

    /** Adds the pages of one sitemap (and of those it lists); false when it is not a sitemap. */
    private boolean collect(URI url, String origin, Set<String> paths, int[] read) throws FetchException {
        if (++read[0] > MAX_SITEMAPS) {
            return true;
        }
        Fetched fetched = fetcher.get(url, "application/xml, text/xml");
        Sitemap sitemap = fetched.status() == 200 ? Sitemap.parse(fetched.text(), fetched.url()) : null;
        if (sitemap == null) {
            return false;
        }
        paths.addAll(sitemap.paths());
        for (URI child : sitemap.sitemaps()) {
            if (origin.equalsIgnoreCase(child.getScheme() + "://" + child.getRawAuthority())) {
                collect(child, origin, paths, read);
            }
        }
        return true;
    }
}
