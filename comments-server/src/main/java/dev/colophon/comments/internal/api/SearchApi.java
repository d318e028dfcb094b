package dev.colophon.comments.internal.api;

import dev.colophon.comments.internal.search.CommentSearch;
import dev.colophon.comments.internal.store.AdminComment;
import dev.colophon.comments.internal.store.Status;
import dev.colophon.comments.internal.thread.RequestValidator;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comment search: {@code GET /api/v1/search?q=} for the site's search page (approved comments only,
 * what any reader could see), and {@code GET /api/v1/admin/search?q=&status=} for moderators (behind
 * the admin login, like every /api/v1/admin route).
 */
public final class SearchApi {
    /** The most of a comment's text a reader's result carries, for its excerpt. */
    private static final int TEXT = 600;
    private static final List<String> STATUSES = List.of(Status.PENDING.value(), Status.APPROVED.value(), Status.REJECTED.value(), Status.SPAM.value(), Status.DELETED.value());

    private final CommentSearch search;

    public SearchApi(CommentSearch search) {
        this.search = search;
    }

    public RouteTable routes() {
        RouteTable routes = new RouteTable();
        routes.get("/api/v1/search", this::readers);
        routes.get("/api/v1/admin/search", this::moderators);
        return routes;
    }

    private void readers(Context ctx) {
        String site = ctx.queryParam("site") == null ? "" : RequestValidator.site(ctx.queryParam("site"));
        int limit = CommentApi.intParam(ctx, "limit", 5, 1, 20);
        List<Map<String, Object>> found = search.search(ctx.queryParam("q"), Status.APPROVED.value(), site, limit).stream()
                .map(SearchApi::forReaders).toList();
        ctx.header("Cache-Control", "no-cache").json(Map.of("comments", found));
    }

    private void moderators(Context ctx) {
        String status = ctx.queryParam("status") == null ? "all" : ctx.queryParam("status");
        if (!status.equals("all") && !STATUSES.contains(status)) {
            throw ApiException.badRequest("status must be all or one of " + String.join(", ", STATUSES));
        }
        int limit = CommentApi.intParam(ctx, "limit", 50, 1, 200);
        ctx.json(Map.of("comments", search.search(ctx.queryParam("q"), status, "", limit)));
    }

    /** What anyone may see of an approved comment: no email, no address. */
    private static Map<String, Object> forReaders(AdminComment c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("page", c.page());
        if (c.title() != null) {
            out.put("title", c.title());
        }
        out.put("author", c.author() == null || c.author().isBlank() ? "Anonymous" : c.author());
        out.put("text", c.body().length() > TEXT ? c.body().substring(0, TEXT) : c.body());
        out.put("created", java.time.Instant.ofEpochMilli(c.createdAt()).toString());
        return out;
    }
}
