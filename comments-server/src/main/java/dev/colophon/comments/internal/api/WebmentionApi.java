package dev.colophon.comments.internal.api;

import dev.colophon.comments.internal.limits.RateLimiter;
import dev.colophon.comments.internal.store.MentionRow;
import dev.colophon.comments.internal.webmention.WebmentionRejected;
import dev.colophon.comments.internal.webmention.WebmentionService;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Webmention endpoint (W3C Recommendation): {@code POST /webmention} with form-encoded source and
 * target answers 202 with a status URL in {@code Location}; the source is verified later, from a queue.
 */
public final class WebmentionApi {
    private final WebmentionService mentions;
    private final Clients clients;
    private final RateLimiter limiter;
    private final String publicUrl;

    /** @param publicUrl the server's public URL for status links, or null to use the request's own */
    public WebmentionApi(WebmentionService mentions, Clients clients, int perMinute, String publicUrl) {
        this.mentions = mentions;
        this.clients = clients;
        this.limiter = new RateLimiter(perMinute);
        this.publicUrl = publicUrl;
    }

    public RouteTable routes() {
        RouteTable routes = new RouteTable();
        routes.post("/webmention", this::receive);
        routes.get("/webmention/{token}", ctx -> ctx.json(status(mentions.status(ctx.pathParam("token")))));
        routes.get("/api/v1/webmentions/{token}/avatar", this::avatar);
        routes.exception(WebmentionRejected.class, (e, ctx) -> ErrorResponses.write(ctx,
                e.why() == WebmentionRejected.Why.NOT_FOUND ? 404 : 400,
                e.why() == WebmentionRejected.Why.NOT_FOUND ? "not_found" : "bad_request", e.getMessage()));
        return routes;
    }

    private void receive(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            throw ApiException.badRequest("send source and target form-encoded (application/x-www-form-urlencoded)");
        }
        clients.limit(ctx, limiter);
        MentionRow row = mentions.accept(ctx.formParam("source"), ctx.formParam("target"));
        String base = publicUrl != null ? publicUrl : ctx.scheme() + "://" + ctx.host();
        String location = base + "/webmention/" + row.token();
        ctx.status(202).header("Location", location).json(status(row));
    }

    private void avatar(Context ctx) {
        WebmentionService.Avatar avatar = mentions.avatar(ctx.pathParam("token"))
                .orElseThrow(() -> ApiException.notFound("no avatar"));
        ctx.contentType(avatar.type()).header("Cache-Control", "public, max-age=86400")
                .header("Cross-Origin-Resource-Policy", "cross-origin").result(avatar.bytes());
    }

    private static Map<String, Object> status(MentionRow row) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("source", row.source());
        status.put("target", row.target());
        boolean waiting = row.dueAt() != null;
        status.put("status", waiting ? MentionRow.QUEUED : row.state());
        status.put("kind", row.kind());
        status.put("message", row.message());
        status.put("updated", Instant.ofEpochMilli(row.updatedAt()).toString());
        return status;
    }
}
