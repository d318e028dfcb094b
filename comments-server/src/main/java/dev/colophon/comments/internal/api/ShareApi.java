package dev.colophon.comments.internal.api;

import dev.colophon.comments.config.Limits;
import dev.colophon.comments.internal.limits.RateLimiter;
import dev.colophon.comments.internal.share.ShareService;
import dev.colophon.comments.internal.thread.RequestValidator;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;

/** {@code POST /api/v1/shares}: the share controls of a page report that a reader shared it. */
public final class ShareApi {
    private static final Set<String> CHANNELS = Set.of("native", "copy", "email", "mastodon", "link");

    /** A share of a page, by the way it was shared. */
    public record ShareRequest(String page, String site, String channel) {
    }

    private final ShareService shares;
    private final Clients clients;
    private final RateLimiter limiter;

    public ShareApi(ShareService shares, Clients clients, Limits limits) {
        this.shares = shares;
        this.clients = clients;
        this.limiter = new RateLimiter(limits.votesPerMinute());
    }

    public RouteTable routes() {
        RouteTable routes = new RouteTable();
        routes.post("/api/v1/shares", this::share);
        return routes;
    }

    private void share(Context ctx) {
        clients.limit(ctx, limiter);
        ShareRequest request = Json.body(ctx, ShareRequest.class);
        String page = RequestValidator.page(request.page());
        String site = RequestValidator.site(request.site());
        if (request.channel() != null && !CHANNELS.contains(request.channel())) {
            throw ApiException.badRequest("channel must be one of " + String.join(", ", CHANNELS.stream().sorted().toList()));
        }
        ctx.json(Map.of("page", page, "shares", shares.share(site, page)));
    }
}
