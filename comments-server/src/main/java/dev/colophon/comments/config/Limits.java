package dev.colophon.comments.config;

/**
 * Size and rate limits that keep one reader or bot from overwhelming the server.
 *
 * @param postsPerMinute comments one address may post per minute (0 turns the limit off)
 * @param votesPerMinute likes one address may give per minute (0 turns the limit off)
 */
public record Limits(
        int maxBodyChars,
        int maxNameChars,
        int maxRequestBytes,
        int maxDepth,
        int displayDepth,
        int pageSize,
        int postsPerMinute,
        int votesPerMinute) {

    public static Limits defaults() {
        return new Limits(10_000, 100, 65_536, 30, 5, 100, 5, 60);
    }

    public Limits withoutRates() {
        return new Limits(maxBodyChars, maxNameChars, maxRequestBytes, maxDepth, displayDepth, pageSize, 0, 0);
    }
}
