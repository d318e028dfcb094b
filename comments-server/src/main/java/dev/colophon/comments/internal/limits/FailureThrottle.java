package dev.colophon.comments.internal.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Slows down guessing: after a few free failures, each further failed attempt from one key (an address
 * hash) locks that key out for twice as long as the last (1 s, 2 s, 4 s … up to 15 minutes), and many
 * failures from everywhere at once lock every attempt out the same way. A success clears its key.
 * Lockouts answer at once (429), so a guesser never holds a server thread.
 */
public final class FailureThrottle {
    static final int FREE_PER_KEY = 5;
    static final int FREE_GLOBAL = 100;
    private static final long MAX_LOCK_NANOS = Duration.ofMinutes(15).toNanos();
    private static final long FORGET_NANOS = Duration.ofHours(1).toNanos();

    private final LongSupplier nanoTime;
    private final Cache<String, Record> keys = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofNanos(FORGET_NANOS)).maximumSize(100_000).build();
    private final Record global = new Record();

    private static final class Record {
        private int failures;
        private long lastFailure;
        private long lockedUntil;

        synchronized long waitNanos(long now) {
            return Math.max(0, lockedUntil - now);
        }

        synchronized void fail(long now, int free) {
            if (failures > 0 && now - lastFailure > FORGET_NANOS) {
                failures = 0;
            }
            failures++;
            lastFailure = now;
            if (failures > free) {
                int doublings = Math.min(failures - free - 1, 30);
                lockedUntil = now + Math.min(MAX_LOCK_NANOS, 1_000_000_000L << doublings);
            }
        }
    }

    public FailureThrottle(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    public FailureThrottle() {
        this(System::nanoTime);
    }

    /** Whole seconds this key must wait before its next attempt, or 0. */
    public long retryAfterSeconds(String key) {
        long now = nanoTime.getAsLong();
        Record mine = keys.getIfPresent(key);
        long wait = Math.max(global.waitNanos(now), mine == null ? 0 : mine.waitNanos(now));
        return wait == 0 ? 0 : Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
    }

    public void failed(String key) {
        long now = nanoTime.getAsLong();
        keys.get(key, k -> new Record()).fail(now, FREE_PER_KEY);
        global.fail(now, FREE_GLOBAL);
    }

    public void succeeded(String key) {
        keys.invalidate(key);
    }
}
