package dev.colophon.comments.internal.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/** A token bucket per key (an address hash): {@code perMinute} requests a minute, in bursts up to that many. */
public final class RateLimiter {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2))
            .maximumSize(1_000_000)
            .build();

    public RateLimiter(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    public RateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    /** Takes one token; returns 0 when allowed, else the whole seconds to wait before retrying. */
    public long acquire(String key) {
        if (perMinute == 0) {
            return 0;
        }
        return buckets.get(key, k -> new Bucket(perMinute, nanoTime.getAsLong())).take(nanoTime.getAsLong());
    }

    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(perMinute, tokens + (now - last) * (double) perMinute / NANOS_PER_MINUTE);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanosToNext = (1 - tokens) * NANOS_PER_MINUTE / perMinute;
            return Math.max(1, (long) Math.ceil(nanosToNext / 1e9));
        }
    }
}
