package dev.colophon.comments.config;

import java.time.Duration;

/**
 * How engagement is counted.
 *
 * @param flushInterval how long views wait in memory before they are written (a crash loses at most this)
 * @param respectDnt do not count browsers that send Do-Not-Track or Global Privacy Control
 * @param viewsPerMinute view beacons one address may send per minute (0 turns the limit off)
 * @param countedPages whether only the pages of the site's sitemap count, or every page
 */
public record StatsConfig(Duration flushInterval, boolean respectDnt, int viewsPerMinute, CountedPages countedPages) {

    /** Settings that count every page: no sitemap is read (tests whose sites are not served). */
    public StatsConfig(Duration flushInterval, boolean respectDnt, int viewsPerMinute) {
        this(flushInterval, respectDnt, viewsPerMinute, CountedPages.ALL);
    }

    /** The documented defaults: views written every 5 s, 120 beacons a minute, the sitemap's pages only. */
    public static StatsConfig defaults() {
        return new StatsConfig(Duration.ofSeconds(5), false, 120, CountedPages.SITEMAP);
    }

    /** The same settings counting these pages. */
    public StatsConfig counting(CountedPages pages) {
        return new StatsConfig(flushInterval, respectDnt, viewsPerMinute, pages);
    }
}
