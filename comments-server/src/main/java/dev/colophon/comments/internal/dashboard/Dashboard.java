package dev.colophon.comments.internal.dashboard;

import dev.colophon.comments.internal.api.RouteTable;
import dev.colophon.resources.Bundled;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * The author's dashboard at {@code /admin}: one static page and its script, which log in and then
 * read the authenticated admin API like any other client.
 */
public final class Dashboard {
    private static final byte[] PAGE = Bundled.bytes("/dashboard/index.html");
    private static final byte[] SCRIPT = Bundled.bytes("/dashboard/dashboard.js");
    private static final byte[] STYLE = Bundled.bytes("/dashboard/dashboard.css");
    private static final byte[] SEARCH = Bundled.bytes("/dashboard/comment-search.js");
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private Dashboard() {
    }

    /**
     * {@code site} is the site's own origin, so that the dashboard links each comment to its page there;
     * {@code language} is the site's (site_language), so that the dashboard writes dates as the site does.
     */
    public static RouteTable routes(String site, String language) {
        RouteTable routes = new RouteTable();
        byte[] page = inLanguage(language);
        routes.get("/admin/", ctx -> serve(ctx, page, "text/html; charset=utf-8"));
        routes.get("/admin/site.json", ctx -> ctx.header("Cache-Control", "no-cache").json(java.util.Map.of("site", site)));
        routes.get("/admin/dashboard.js", ctx -> serve(ctx, SCRIPT, "text/javascript; charset=utf-8"));
        routes.get("/admin/dashboard.css", ctx -> serve(ctx, STYLE, "text/css; charset=utf-8"));
        routes.get("/admin/comment-search.js", ctx -> serve(ctx, SEARCH, "text/javascript; charset=utf-8"));
        return routes;
    }

    /** The page's {@code lang}, which the script's date formats follow, set to the site's language. */
    private static byte[] inLanguage(String language) {
        String html = new String(PAGE, StandardCharsets.UTF_8);
        if (language == null || !language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            return PAGE;
        }
        return html.replaceFirst("<html lang=\"en\">", "<html lang=\"" + language + "\">").getBytes(StandardCharsets.UTF_8);
    }

    private static void serve(Context ctx, byte[] body, String type) {
        ctx.header("Content-Security-Policy", POLICY)
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-cache")
                .contentType(type)
                .result(body);
    }
}
