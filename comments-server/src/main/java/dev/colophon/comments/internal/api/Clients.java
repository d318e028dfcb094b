package dev.colophon.comments.internal.api;

import dev.colophon.comments.internal.limits.FailureThrottle;
import dev.colophon.comments.internal.limits.RateLimiter;
import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.thread.Visitor;
import io.javalin.http.Context;

/** Who is calling: the client address (behind a proxy only when told to trust it), hashed at once. */
public final class Clients {
    private static final String ADDRESS_HASHES = "colophon.addressHashes";

    private final VisitorIds ids;
    private final boolean trustProxy;
    private final boolean publicHttps;

    /** @param publicHttps the server's public URL is https: cookies are Secure whatever the hop to the proxy */
    public Clients(VisitorIds ids, boolean trustProxy, boolean publicHttps) {
        this.ids = ids;
        this.trustProxy = trustProxy;
        this.publicHttps = publicHttps;
    }

    public Clients(VisitorIds ids, boolean trustProxy) {
        this(ids, trustProxy, false);
    }

    /** Whether the browser reached us over TLS: directly, by the public URL, or as a trusted proxy says. */
    public boolean overHttps(Context ctx) {
        return publicHttps || "https".equals(ctx.scheme())
                || trustProxy && "https".equalsIgnoreCase(String.valueOf(ctx.header("X-Forwarded-Proto")).strip());
    }

    public String ip(Context ctx) {
        String forwarded = trustProxy ? ctx.header("X-Forwarded-For") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return ctx.ip();
    }

    /** The keyed hash of the client's address, computed once per request. */
    public String addressHash(Context ctx) {
        return addressHashes(ctx).get(0);
    }

    /** The address's hash under each key still kept, current first, computed once per request. */
    private java.util.List<String> addressHashes(Context ctx) {
        java.util.List<String> hashes = ctx.attribute(ADDRESS_HASHES);
        if (hashes == null) {
            hashes = ids.addresses(ip(ctx));
            ctx.attribute(ADDRESS_HASHES, hashes);
        }
        return hashes;
    }

    /** The visitor who writes a comment: blocks of their address made under last period's key are re-keyed first. */
    public Visitor author(Context ctx, String site) {
        ids.rekeyBlocks(addressHashes(ctx));
        return visitor(ctx, site);
    }

    public Visitor visitor(Context ctx, String site) {
        return new Visitor(addressHash(ctx), ids.visitorToday(ip(ctx), ctx.userAgent(), site));
    }

    /**
     * Runs an authentication check unless this client (or everyone) failed too often lately, and counts
     * a failed check (401) against it: guessing gets slower with every miss.
     */
    public <T> T guard(Context ctx, FailureThrottle throttle, java.util.function.Supplier<T> check) {
        String who = addressHash(ctx);
        long wait = throttle.retryAfterSeconds(who);
        if (wait > 0) {
            throw ApiException.tooManyRequests(wait);
        }
        try {
            T result = check.get();
            throttle.succeeded(who);
            return result;
        } catch (ApiException e) {
            if (e.status() == 401) {
                throttle.failed(who);
            }
            throw e;
        }
    }

    /** Throws 429 with Retry-After when this client is over the limiter's rate. */
    public void limit(Context ctx, RateLimiter limiter) {
        long wait = limiter.acquire(addressHash(ctx));
        if (wait > 0) {
            throw ApiException.tooManyRequests(wait);
        }
    }
}
