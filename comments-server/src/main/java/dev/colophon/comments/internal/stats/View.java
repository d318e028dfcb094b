package dev.colophon.comments.internal.stats;

/**
 * One counted page view, reduced to what the rollups need.
 *
 * @param visitor the salted daily visitor hash (never an address)
 * @param source the referring domain or UTM source, or "" for direct visits
 * @param day days since 1970-01-01, UTC
 * @param title the page's title as the beacon gave it, or null
 */
public record View(String site, String page, String visitor, String source, long day, String title) {
}
