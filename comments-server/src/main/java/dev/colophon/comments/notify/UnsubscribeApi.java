package dev.colophon.comments.notify;

import dev.colophon.comments.api.ApiException;
import dev.colophon.comments.store.Database;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The link in every reply email: a page with one button (mail scanners follow links, so a GET changes
 * nothing), and the POST behind it, which mail clients also send for one-click unsubscribe (RFC 8058).
 */
public final class UnsubscribeApi {
    private final Notifier notifier;
    private final Database db;

    public UnsubscribeApi(Notifier notifier, Database db) {
        this.notifier = notifier;
        this.db = db;
    }

    public void routes(RoutesConfig routes) {
        routes.get("/unsubscribe", this::confirm);
        routes.post("/unsubscribe", this::unsubscribe);
    }

    private void confirm(Context ctx) {
        String email = verifiedEmail(ctx);
        page(ctx, "<p>Stop emails about replies to your comments, sent to <b>" + escape(email) + "</b>?</p>"
                + "<form method=\"post\"><button type=\"submit\">Stop reply emails</button></form>");
    }

    private void unsubscribe(Context ctx) {
        String email = verifiedEmail(ctx);
        int comments = db.write(handle -> handle.createUpdate(
                        "UPDATE comments SET notify_replies = FALSE WHERE LOWER(email) = :email AND notify_replies = TRUE")
                .bind("email", email.toLowerCase(Locale.ROOT)).execute());
        page(ctx, "<p>Done: no more reply emails go to <b>" + escape(email) + "</b>"
                + (comments > 0 ? " (" + comments + (comments == 1 ? " comment" : " comments") + ")" : "") + ".</p>");
    }

    private String verifiedEmail(Context ctx) {
        String email = ctx.queryParam("email");
        if (!notifier.isValid(email, ctx.queryParam("token"))) {
            throw ApiException.forbidden("this unsubscribe link is not valid; use the one in the email as it is");
        }
        return email;
    }

    private static void page(Context ctx, String body) {
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
        ctx.html("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width\"><title>Reply emails</title><style>body{font:1.1rem/1.5 system-ui,"
                + "sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}button{font:inherit;padding:.4rem 1rem}"
                + "</style></head><body>" + body + "</body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
