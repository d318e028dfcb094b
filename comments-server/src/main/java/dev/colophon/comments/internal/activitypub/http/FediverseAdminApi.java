package dev.colophon.comments.internal.activitypub.http;

import dev.colophon.comments.internal.activitypub.Federation;
import dev.colophon.comments.internal.errors.FederationException;
import dev.colophon.comments.internal.api.RouteTable;
import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.internal.activitypub.protocol.ActivityJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/**
 * The admin side of federation (behind the admin API's authentication): publishing posts, followers,
 * blocks, following an account, and the numbers for the dashboard and {@code colophon stats}.
 */
public final class FediverseAdminApi {
    private static final String PREFIX = "/api/v1/admin/fediverse";
    private static final int MAX_FEED_BYTES = 64 << 20;

    /** A block of a server (kind {@code domain}) or an account (kind {@code actor}). */
    public record BlockRequest(String kind, String value) {
    }

    /** An account to follow, by its actor URL. */
    public record FollowRequest(String actor) {
    }

    private final Federation federation;

    public FediverseAdminApi(Federation federation) {
        this.federation = federation;
    }

    public RouteTable routes() {
        RouteTable routes = new RouteTable();
        routes.get(PREFIX, ctx -> ctx.json(Map.of("account", federation.urls().handle(), "actor", federation.urls().actor(),
                "stats", federation.stats())));
        routes.post(PREFIX + "/posts", this::publish);
        routes.get(PREFIX + "/followers", ctx -> ctx.json(Map.of("total", federation.stats().followers(),
                "followers", federation.followers(number(ctx, "limit", 100), number(ctx, "offset", 0)))));
        routes.delete(PREFIX + "/followers", ctx -> {
            String actor = required(ctx.queryParam("actor"), "actor");
            if (!federation.removeFollower(actor)) {
                throw new FederationException(FederationException.Reason.NOT_FOUND, actor + " does not follow the blog");
            }
            ctx.status(204);
        });
        routes.post(PREFIX + "/following", ctx -> ctx.status(202).json(Map.of("follow",
                federation.follow(required(body(ctx, FollowRequest.class).actor(), "actor")))));
        routes.get(PREFIX + "/blocks", ctx -> ctx.json(Map.of("blocks", federation.blocks().all())));
        routes.post(PREFIX + "/blocks", ctx -> {
            BlockRequest request = body(ctx, BlockRequest.class);
            if (!"domain".equals(request.kind()) && !"actor".equals(request.kind())) {
                throw new FederationException(FederationException.Reason.BAD_REQUEST, "kind must be domain or actor");
            }
            ctx.status(201).json(federation.blocks().add(request.kind(), required(request.value(), "value")));
        });
        routes.delete(PREFIX + "/blocks", ctx -> {
            if (!federation.blocks().remove(required(ctx.queryParam("kind"), "kind"), required(ctx.queryParam("value"), "value"))) {
                throw new FederationException(FederationException.Reason.NOT_FOUND, "no such block");
            }
            ctx.status(204);
        });
        return routes;
    }

    /** Takes the site's JSON Feed as {@code colophon publish} sends it (feed.json of the built site). */
    private void publish(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_FEED_BYTES) {
            throw new FederationException(FederationException.Reason.TOO_LARGE, "the feed may be at most 64 MB");
        }
        JsonNode feed;
        try {
            feed = ActivityJson.MAPPER.readTree(ctx.req().getInputStream());
        } catch (IOException e) {
            throw new FederationException(FederationException.Reason.BAD_REQUEST, "the body is not JSON: " + e.getMessage());
        }
        if (feed == null) {
            throw new FederationException(FederationException.Reason.BAD_REQUEST, "send the site's feed.json");
        }
        ctx.json(federation.publish(feed));
    }

    private static <T> T body(Context ctx, Class<T> type) {
        try {
            T value = ActivityJson.MAPPER.readValue(ctx.req().getInputStream(), type);
            if (value == null) {
                throw new IOException("empty");
            }
            return value;
        } catch (IOException e) {
            throw new FederationException(FederationException.Reason.BAD_REQUEST, "send a JSON object");
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new FederationException(FederationException.Reason.BAD_REQUEST, name + " is required");
        }
        return value.strip();
    }

    private static int number(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        return value != null && value.matches("\\d{1,6}") ? Integer.parseInt(value) : fallback;
    }
}
