package dev.colophon.comments.internal.api;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Set;

/**
 * Lets browsers on the configured site origins (and the server's own origin) call the API, and no
 * one else: other origins get no CORS headers, and their writes are refused with 403.
 */
public final class CorsPolicy {
    private static final String METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    private static final String HEADERS = "Content-Type, X-Edit-Token, X-CSRF-Token, Authorization";

    private final Set<String> origins;

    public CorsPolicy(Set<String> origins) {
        this.origins = origins;
    }

    /** Runs before every API path. */
    public RouteTable routes() {
        return new RouteTable().before("/api/*", this::apply);
    }

    /** A before-handler for every API path. */
    public void apply(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return; // not a browser cross-origin call: curl, the CLI, server-to-server
        }
        boolean allowed = origins.contains(origin) || isSameOrigin(origin, ctx.header("Host"));
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
            ctx.header("Access-Control-Expose-Headers", "Retry-After, ETag");
        }
        if (ctx.method().name().equals("OPTIONS")) {
            if (allowed) {
                ctx.header("Access-Control-Allow-Methods", METHODS);
                ctx.header("Access-Control-Allow-Headers", HEADERS);
                ctx.header("Access-Control-Max-Age", "86400");
            }
            ctx.status(204).skipRemainingHandlers();
            return;
        }
        boolean write = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
        if (!allowed && write) {
            throw ApiException.forbidden("origin " + origin + " is not allowed; add it to the server's origins");
        }
    }

    private static boolean isSameOrigin(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(authority);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
