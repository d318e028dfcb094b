package dev.colophon.comments.api;

import dev.colophon.comments.limits.RateLimiter;
import dev.colophon.comments.limits.VisitorIds;
import dev.colophon.comments.thread.Visitor;
import io.javalin.http.Context;

/** Who is calling: the client address (behind a proxy only when told to trust it), hashed at once. */
public final class Clients {
    private static final String ADDRESS_HASH = "colophon.addressHash";

    private final VisitorIds ids;
    private final boolean trustProxy;

    public Clients(VisitorIds ids, boolean trustProxy) {
        this.ids = ids;
        this.trustProxy = trustProxy;
    }

    public String ip(Context ctx) {
        String forwarded = trustProxy ? ctx.header("X-Forwarded-For") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return ctx.ip();
    }

    /** The keyed hash of the client's address, computed once per request. */
    private String addressHash(Context ctx) {
        String hash = ctx.attribute(ADDRESS_HASH);
        if (hash == null) {
            hash = ids.address(ip(ctx));
            ctx.attribute(ADDRESS_HASH, hash);
        }
        return hash;
    }

    public Visitor visitor(Context ctx, String site) {
        return new Visitor(addressHash(ctx), ids.visitorToday(ip(ctx), ctx.userAgent(), site));
    }

    /** Throws 429 with Retry-After when this client is over the limiter's rate. */
    public void limit(Context ctx, RateLimiter limiter) {
        long wait = limiter.acquire(addressHash(ctx));
        if (wait > 0) {
            throw ApiException.tooManyRequests(wait);
        }
    }
}
