package dev.colophon.comments.internal.api;

import dev.colophon.comments.config.StatsConfig;
import dev.colophon.comments.internal.limits.RateLimiter;
import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.stats.BotFilter;
import dev.colophon.comments.internal.stats.SitePages;
import dev.colophon.comments.internal.stats.StatsService;
import dev.colophon.comments.internal.stats.ViewRecorder;
import dev.colophon.comments.internal.thread.RequestValidator;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** View beacons in, engagement numbers out: public for pages, detailed for the authenticated dashboard. */
public final class StatsApi {
    private static final int MAX_PAGES = 200;

    private final StatsService stats;
    private final ViewRecorder recorder;
    private final VisitorIds ids;
    private final Clients clients;
    private final StatsConfig config;
    private final RateLimiter beacons;
    private final SitePages sitePages;

    public StatsApi(StatsService stats, ViewRecorder recorder, VisitorIds ids, Clients clients, StatsConfig config,
                    SitePages sitePages) {
        this.sitePages = sitePages;
        this.stats = stats;
        this.recorder = recorder;
        this.ids = ids;
        this.clients = clients;
        this.config = config;
        this.beacons = new RateLimiter(config.viewsPerMinute());
    }

    public RouteTable routes() {
        RouteTable routes = new RouteTable();
        routes.post("/api/v1/views", this::view);
        routes.get("/api/v1/stats", this::pages);
        routes.get("/api/v1/admin/stats", ctx -> ctx.json(stats.summary(site(ctx), days(ctx))));
        routes.get("/api/v1/admin/stats/page", ctx -> ctx.json(Map.of("page", RequestValidator.page(ctx.queryParam("page")),
                "series", stats.page(site(ctx), RequestValidator.page(ctx.queryParam("page")), days(ctx)))));
        routes.get("/api/v1/admin/stats/posts.csv", ctx -> ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"posts.csv\"")
                .result(StatsService.csv(stats.fullSummary(site(ctx), days(ctx)).posts())));
        return routes;
    }

    /** A page view from the embed script (sendBeacon). Not counted: bots, opted-out browsers, pages the site has not. */
    private void view(Context ctx) {
        if (ctx.header("Origin") == null) {
            throw ApiException.forbidden("views are counted from pages of the configured sites only");
        }
        clients.limit(ctx, beacons);
        BeaconReader.Beacon beacon = BeaconReader.read(ctx.bodyAsBytes(), ctx.header("Origin"));
        boolean optedOut = config.respectDnt() && ("1".equals(ctx.header("DNT")) || "1".equals(ctx.header("Sec-GPC")));
        if (!optedOut && !BotFilter.isBot(ctx.userAgent()) && sitePages.has(ctx.header("Origin"), beacon.page())) {
            String ip = clients.ip(ctx);
            recorder.record(beacon.toView(ids.visitorToday(ip, ctx.userAgent(), beacon.site()), stats.today()));
        }
        ctx.status(204);
    }

    private void pages(Context ctx) {
        List<String> pages = ctx.queryParams("page").stream().map(RequestValidator::page).distinct().toList();
        if (pages.isEmpty() || pages.size() > MAX_PAGES) {
            throw ApiException.badRequest("give 1 to " + MAX_PAGES + " page parameters");
        }
        ctx.json(Map.of("stats", stats.pages(site(ctx), pages)));
    }

    private static String site(Context ctx) {
        return RequestValidator.site(ctx.queryParam("site"));
    }

    private static int days(Context ctx) {
        String value = ctx.queryParam("days");
        if (value == null) {
            return 30;
        }
        return switch (value) {
            case "7" -> 7;
            case "30" -> 30;
            case "365" -> 365;
            default -> throw ApiException.badRequest("days must be 7, 30 or 365");
        };
    }
}
