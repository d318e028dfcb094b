package dev.colophon.comments.internal.api;

import dev.colophon.comments.internal.errors.Refused;
import dev.colophon.comments.internal.spam.ChallengeFailed;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.StorageUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every error leaves as JSON {@code {"error": code, "message": …}} with the right status, never a stack trace. */
public final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final String WRITTEN = "colophon.error.written";
    private static final int RETRY_AFTER_SECONDS = 30;

    private ErrorResponses() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            write(ctx, e.status(), e.code(), e.getMessage());
        });
        routes.exception(Refused.class, (e, ctx) -> write(ctx, statusOf(e.kind()), e.code(), e.getMessage()));
        routes.exception(ChallengeFailed.class, (e, ctx) -> write(ctx, 403, "challenge_failed", e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                write(ctx, e.getStatus(), codeOf(e.getStatus()), e.getStatus() == 413
                        ? "request body too large" : e.getMessage()));
        routes.exception(StorageUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
        routes.exception(Exception.class, (e, ctx) -> {
            if (Database.asStorageFault(e instanceof RuntimeException r ? r : new RuntimeException(e))
                    instanceof StorageUnavailableException fault) {
                unavailable(ctx, fault);
                return;
            }
            if (clientWentAway(e)) {
                LOG.info("Client closed the connection during {} {}", ctx.method(), ctx.path());
                write(ctx, 400, "bad_request", "the request ended early");
                return;
            }
            LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal", "internal error; the server log has details");
        });
        routes.error(404, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        routes.error(405, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
            }
        });
    }

    /** Storage trouble is the server's, not the caller's, and passes: 503, and when to try again. */
    private static void unavailable(Context ctx, StorageUnavailableException e) {
        LOG.warn("{} {}: storage unavailable: {}", ctx.method(), ctx.path(), e.getMessage());
        ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        write(ctx, 503, "unavailable", "the comment store cannot take this right now (" + e.getMessage()
                + "); nothing was saved, try again in " + RETRY_AFTER_SECONDS + " s");
    }

    /** A client that hangs up mid-request is routine on the internet: one line, no stack trace. */
    private static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.eclipse.jetty.io.EofException) {
                return true;
            }
        }
        return false;
    }

    /** Marks a response that set an error status with its own body, which the JSON error must not replace. */
    public static void handled(Context ctx) {
        ctx.attribute(WRITTEN, true);
    }

    public static void write(Context ctx, int status, String code, String message) {
        ctx.attribute(WRITTEN, true);
        ctx.status(status).contentType("application/json").result(json(code, message));
    }

    /** The error body every answer of the API shares. */
    public static String json(String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return new String(Json.bytes(body), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The status that answers each kind of refusal a service makes. */
    public static int statusOf(Refused.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
        };
    }

    public static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 429 -> "rate_limited";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            case 505 -> "http_version_not_supported";
            default -> "error";
        };
    }
}
