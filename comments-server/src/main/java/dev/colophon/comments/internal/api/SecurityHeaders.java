package dev.colophon.comments.internal.api;

import io.javalin.http.Context;
import java.util.Map;

/** Headers every response carries; API answers also forbid being framed or running anything. */
public final class SecurityHeaders {
    private SecurityHeaders() {
    }

    /** Runs before every request. */
    public static RouteTable routes() {
        return new RouteTable().before("*", SecurityHeaders::apply);
    }

    static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/health")) {
            apiHeaders().forEach(ctx::header);
        }
    }

    /** The headers of every API answer, also of the errors Jetty writes before a route runs. */
    public static Map<String, String> apiHeaders() {
        return Map.of("X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "strict-origin-when-cross-origin",
                "X-Frame-Options", "DENY",
                "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
}
