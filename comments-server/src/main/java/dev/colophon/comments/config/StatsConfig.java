package dev.colophon.comments.config;

import java.time.Duration;

/**
 * How engagement is counted.
 *
 * @param flushInterval how long views wait in memory before they are written (a crash loses at most this)
 * @param respectDnt do not count browsers that send Do-Not-Track or Global Privacy Control
 * @param viewsPerMinute view beacons one address may send per minute (0 turns the limit off)
 */
public record StatsConfig(Duration flushInterval, boolean respectDnt, int viewsPerMinute) {

    public static StatsConfig defaults() {
        return new StatsConfig(Duration.ofSeconds(5), false, 120);
    }
}
