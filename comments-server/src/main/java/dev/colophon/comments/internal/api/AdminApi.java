package dev.colophon.comments.internal.api;

import dev.colophon.comments.internal.limits.FailureThrottle;
import dev.colophon.comments.internal.limits.RateLimiter;
import dev.colophon.comments.internal.moderation.ModerationService;
import dev.colophon.comments.internal.store.Status;
import io.javalin.http.Context;
import java.util.Map;

/** The authenticated admin API: moderation for the dashboard and the CLI. */
public final class AdminApi {
    private static final String PREFIX = "/api/v1/admin";
    private static final int LOGINS_PER_MINUTE = 10;

    /** Login form. */
    public record LoginRequest(String password) {
    }

    /** One action on many comments. */
    public record BulkRequest(String action, java.util.List<Long> ids) {
    }

    /** A block by kind (email or address) and value. */
    public record BlockRequest(String kind, String value) {
    }

    private final AdminAuth auth;
    private final ModerationService moderation;
    private final Clients clients;
    private final RateLimiter logins = new RateLimiter(LOGINS_PER_MINUTE);
    private final FailureThrottle failures = new FailureThrottle();

    public AdminApi(AdminAuth auth, ModerationService moderation, Clients clients) {
        this.auth = auth;
        this.moderation = moderation;
        this.clients = clients;
    }

    public RouteTable routes() {
        RouteTable routes = new RouteTable();
        routes.before(PREFIX + "/*", ctx -> {
            if (!ctx.path().equals(PREFIX + "/login") && !ctx.method().name().equals("OPTIONS")) {
                clients.guard(ctx, failures, () -> {
                    auth.require(ctx);
                    return null;
                });
            }
        });
        routes.post(PREFIX + "/login", this::login);
        routes.get(PREFIX + "/login", ctx -> ctx.json(auth.passwordConfigured() ? Map.of("password", true)
                : Map.of("password", false, "message", AdminAuth.NO_PASSWORD)));
        routes.post(PREFIX + "/logout", this::logout);
        routes.get(PREFIX + "/session", ctx -> ctx.json(Map.of("csrf", auth.csrfOf(String.valueOf(ctx.cookie(AdminAuth.COOKIE))).orElse(""))));
        routes.get(PREFIX + "/comments", this::list);
        routes.post(PREFIX + "/comments/{id}/approve", ctx -> ctx.json(moderation.setStatus(CommentApi.id(ctx), Status.APPROVED)));
        routes.post(PREFIX + "/comments/{id}/reject", ctx -> ctx.json(moderation.setStatus(CommentApi.id(ctx), Status.REJECTED)));
        routes.post(PREFIX + "/comments/{id}/spam", ctx -> ctx.json(moderation.setStatus(CommentApi.id(ctx), Status.SPAM)));
        routes.post(PREFIX + "/comments/{id}/not-spam", ctx -> ctx.json(moderation.setStatus(CommentApi.id(ctx), Status.APPROVED)));
        routes.post(PREFIX + "/comments/bulk", ctx -> {
            BulkRequest request = Json.body(ctx, BulkRequest.class);
            ctx.json(Map.of("action", String.valueOf(request.action()), "done", moderation.bulk(request.action(), request.ids())));
        });
        routes.post(PREFIX + "/comments/{id}/block", ctx -> ctx.json(Map.of("blocks", moderation.blockAuthorOf(CommentApi.id(ctx)))));
        routes.put(PREFIX + "/comments/{id}", ctx -> ctx.json(moderation.edit(CommentApi.id(ctx),
                Json.body(ctx, CommentApi.BodyRequest.class).body())));
        routes.delete(PREFIX + "/comments/{id}", ctx -> {
            moderation.delete(CommentApi.id(ctx));
            ctx.status(204);
        });
        routes.get(PREFIX + "/blocks", ctx -> ctx.json(Map.of("blocks", moderation.blocks())));
        routes.post(PREFIX + "/blocks", ctx -> {
            BlockRequest request = Json.body(ctx, BlockRequest.class);
            ctx.status(201).json(moderation.block(request.kind(), request.value()));
        });
        routes.delete(PREFIX + "/blocks/{id}", ctx -> {
            moderation.unblock(CommentApi.id(ctx));
            ctx.status(204);
        });
        return routes;
    }

    private void login(Context ctx) {
        clients.limit(ctx, logins);
        String password = Json.body(ctx, LoginRequest.class).password();
        AdminAuth.Session session = clients.guard(ctx, failures, () -> auth.login(password));
        ctx.header("Set-Cookie", AdminAuth.COOKIE + "=" + session.cookie() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                + session.maxAgeSeconds() + secure(ctx));
        ctx.json(Map.of("csrf", session.csrf()));
    }

    private String secure(Context ctx) {
        return clients.overHttps(ctx) ? "; Secure" : "";
    }

    private void logout(Context ctx) {
        auth.logout(ctx.cookie(AdminAuth.COOKIE));
        ctx.header("Set-Cookie", AdminAuth.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + secure(ctx));
        ctx.status(204);
    }

    private void list(Context ctx) {
        String status = ctx.queryParam("status") == null ? Status.PENDING.value() : ctx.queryParam("status");
        String site = ctx.queryParam("site") == null ? "" : ctx.queryParam("site");
        String page = ctx.queryParam("page") == null ? "" : ctx.queryParam("page");
        ctx.json(Map.of("comments", moderation.list(status, site, page,
                CommentApi.intParam(ctx, "limit", 50, 1, 500), CommentApi.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE))));
    }
}
