package dev.colophon.comments.internal.api;

import dev.colophon.comments.config.Limits;
import dev.colophon.comments.internal.feed.CommentFeed;
import dev.colophon.comments.internal.limits.RateLimiter;
import dev.colophon.comments.internal.moderation.ModerationService;
import dev.colophon.comments.internal.render.CommentRenderer;
import dev.colophon.comments.internal.spam.ProofOfWork;
import dev.colophon.comments.internal.store.Status;
import dev.colophon.comments.internal.thread.CommentRequest;
import dev.colophon.comments.internal.thread.CommentService;
import dev.colophon.comments.internal.thread.RequestValidator;
import dev.colophon.comments.internal.thread.Sort;
import dev.colophon.comments.internal.thread.ThreadService;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The public API that pages and the embed script use. Documented with curl examples in docs/api.md. */
public final class CommentApi {
    private static final int MAX_COUNT_PAGES = 200;

    /** The body of an edit or a preview. */
    public record BodyRequest(String body) {
    }

    /** A reaction to a page. */
    public record ReactionRequest(String page, String site) {
    }

    private final ThreadService threads;
    private final CommentService comments;
    private final ModerationService moderation;
    private final CommentFeed feed;
    private final Clients clients;
    private final Limits limits;
    private final RateLimiter posts;
    private final RateLimiter reactions;
    private final CommentRenderer renderer = new CommentRenderer();
    private final ProofOfWork proofOfWork;
    private final AdminAuth auth;

    /**
     * @param proofOfWork the challenge posts must solve, or null when it is off
     * @param auth tells the site owner's comments (the "author" badge) from readers'
     */
    public CommentApi(ThreadService threads, CommentService comments, ModerationService moderation, CommentFeed feed,
                      Clients clients, Limits limits, ProofOfWork proofOfWork, AdminAuth auth) {
        this.threads = threads;
        this.auth = auth;
        this.proofOfWork = proofOfWork;
        this.comments = comments;
        this.moderation = moderation;
        this.feed = feed;
        this.clients = clients;
        this.limits = limits;
        this.posts = new RateLimiter(limits.postsPerMinute());
        this.reactions = new RateLimiter(limits.votesPerMinute());
    }

    public RouteTable routes() {
        RouteTable routes = new RouteTable();
        routes.get("/api/v1/comments", this::thread);
        routes.post("/api/v1/comments", this::post);
        routes.get("/api/v1/comments/{id}", this::own);
        routes.put("/api/v1/comments/{id}", this::edit);
        routes.delete("/api/v1/comments/{id}", this::delete);
        routes.post("/api/v1/comments/{id}/like", this::like);
        routes.delete("/api/v1/comments/{id}/like", this::unlike);
        routes.post("/api/v1/reactions", this::react);
        routes.post("/api/v1/preview", this::preview);
        routes.get("/api/v1/counts", this::counts);
        routes.get("/api/v1/feed", this::feed);
        routes.get("/api/v1/challenge", this::challenge);
        return routes;
    }

    private void thread(Context ctx) {
        String page = RequestValidator.page(ctx.queryParam("page"));
        String site = RequestValidator.site(ctx.queryParam("site"));
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = intParam(ctx, "limit", limits.pageSize(), 1, 500);
        ThreadService.Rendered view = threads.thread(site, page, Sort.parse(ctx.queryParam("sort")), offset, limit);
        ctx.header("ETag", view.etag()).header("Cache-Control", "no-cache");
        if (view.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(view.json());
    }

    private void post(Context ctx) {
        clients.limit(ctx, posts);
        CommentRequest request = Json.body(ctx, CommentRequest.class);
        String site = RequestValidator.site(request.site());
        var visitor = clients.author(ctx, site);
        ctx.status(201).json(auth.isOwner(ctx) ? comments.postAsOwner(request, visitor) : comments.post(request, visitor));
    }

    /** A proof-of-work puzzle for the next comment, or {@code {"enabled": false}} when the server asks for none. */
    private void challenge(Context ctx) {
        clients.limit(ctx, reactions);
        ctx.header("Cache-Control", "no-store");
        if (proofOfWork == null) {
            ctx.json(Map.of("enabled", false));
        } else {
            ctx.json(proofOfWork.issue());
        }
    }

    private void own(Context ctx) {
        ctx.json(comments.own(id(ctx), ctx.header("X-Edit-Token")));
    }

    private void edit(Context ctx) {
        clients.limit(ctx, posts); // an edit is a new submission: the same limit as a post
        String body = Json.body(ctx, BodyRequest.class).body();
        ctx.json(comments.edit(id(ctx), ctx.header("X-Edit-Token"), body, clients.author(ctx, "edit")));
    }

    private void delete(Context ctx) {
        comments.delete(id(ctx), ctx.header("X-Edit-Token"));
        ctx.status(204);
    }

    private void unlike(Context ctx) {
        clients.limit(ctx, reactions);
        ctx.json(Map.of("id", id(ctx), "likes", comments.unlike(id(ctx), clients.visitor(ctx, "likes"))));
    }

    private void like(Context ctx) {
        clients.limit(ctx, reactions);
        ctx.json(Map.of("id", id(ctx), "likes", comments.like(id(ctx), clients.visitor(ctx, "likes"))));
    }

    private void react(Context ctx) {
        clients.limit(ctx, reactions);
        ReactionRequest request = Json.body(ctx, ReactionRequest.class);
        String page = RequestValidator.page(request.page());
        String site = RequestValidator.site(request.site());
        ctx.json(Map.of("page", page, "reactions", comments.react(site, page, clients.visitor(ctx, site))));
    }

    private void preview(Context ctx) {
        clients.limit(ctx, reactions);
        String body = Json.body(ctx, BodyRequest.class).body();
        if (body != null && body.length() > limits.maxBodyChars()) {
            throw ApiException.tooLarge("body must be at most " + limits.maxBodyChars() + " characters");
        }
        ctx.json(Map.of("html", body == null ? "" : renderer.render(body)));
    }

    private void counts(Context ctx) {
        List<String> pages = ctx.queryParams("page").stream().map(RequestValidator::page).distinct().toList();
        if (pages.isEmpty() || pages.size() > MAX_COUNT_PAGES) {
            throw ApiException.badRequest("give 1 to " + MAX_COUNT_PAGES + " page parameters");
        }
        String site = RequestValidator.site(ctx.queryParam("site"));
        ctx.json(Map.of("counts", threads.counts(site, pages), "reactions", threads.reactions(site, pages)));
    }

    private void feed(Context ctx) {
        String page = ctx.queryParam("page") == null ? null : RequestValidator.page(ctx.queryParam("page"));
        String site = RequestValidator.site(ctx.queryParam("site"));
        var recent = moderation.list(Status.APPROVED.value(), site, page == null ? "" : page, 50, 0);
        String title = page == null ? "Recent comments" : "Comments on " + page;
        ctx.contentType("application/atom+xml; charset=utf-8").result(feed.atom(title, page, ctx.fullUrl(), recent));
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("comment id must be a number");
        }
    }

    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max);
    }
}
