package dev.colophon.comments.api;

import io.javalin.http.Context;

/** Headers every response carries; API answers also forbid being framed or running anything. */
public final class SecurityHeaders {
    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/health")) {
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
    }
}
