package dev.colophon.comments.internal.api;

import dev.colophon.comments.internal.moderation.ModerationService;
import dev.colophon.comments.internal.notify.Notifier;
import dev.colophon.comments.internal.notify.ReplyEmails;
import dev.colophon.comments.internal.store.AdminComment;
import dev.colophon.comments.internal.store.Status;
import io.javalin.http.Context;

/**
 * The links in emails: confirming reply emails for an address, unsubscribing from them, and the
 * owner's approve and delete links. Each GET is a page with one button (mail scanners follow links,
 * so a GET changes nothing); the POST behind it acts. Mail clients also POST to the unsubscribe link
 * for one-click unsubscribe (RFC 8058).
 */
public final class EmailLinksApi {
    private final Notifier notifier;
    private final ModerationService moderation;
    private final ReplyEmails replyEmails;

    public EmailLinksApi(Notifier notifier, ModerationService moderation, ReplyEmails replyEmails) {
        this.notifier = notifier;
        this.moderation = moderation;
        this.replyEmails = replyEmails;
    }

    public RouteTable routes() {
        RouteTable routes = new RouteTable();
        routes.get("/confirm", ctx -> ask(ctx, "confirm", "Get an email when someone replies to your comments, at", "Yes, email me replies"));
        routes.post("/confirm", this::confirm);
        routes.get("/unsubscribe", ctx -> ask(ctx, "unsubscribe", "Stop emails about replies to your comments, sent to", "Stop reply emails"));
        routes.post("/unsubscribe", this::unsubscribe);
        routes.get("/moderate", this::askToModerate);
        routes.post("/moderate", this::moderate);
        return routes;
    }

    private void askToModerate(Context ctx) {
        AdminComment comment = moderation.find(verifiedComment(ctx));
        String action = ctx.queryParam("action");
        page(ctx, "<p>" + (action.equals("approve") ? "Approve" : "Delete") + " this comment by <b>" + escape(comment.author())
                + "</b> on " + escape(comment.page()) + "?</p><blockquote>" + comment.html() + "</blockquote>"
                + "<form method=\"post\"><button type=\"submit\">" + (action.equals("approve") ? "Approve" : "Delete")
                + "</button></form>");
    }

    private void moderate(Context ctx) {
        long id = verifiedComment(ctx);
        if ("approve".equals(ctx.queryParam("action"))) {
            moderation.setStatus(id, Status.APPROVED);
            page(ctx, "<p>Approved: the comment is on the page now.</p>");
        } else {
            moderation.delete(id);
            page(ctx, "<p>Deleted.</p>");
        }
    }

    private long verifiedComment(Context ctx) {
        String action = ctx.queryParam("action");
        long id;
        try {
            id = Long.parseLong(ctx.queryParam("id") == null ? "" : ctx.queryParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("id must be a comment number");
        }
        if (!("approve".equals(action) || "delete".equals(action)) || !notifier.isValid(action, id, ctx.queryParam("token"))) {
            throw ApiException.forbidden("this link is not valid; use the one in the email as it is");
        }
        return id;
    }

    private void ask(Context ctx, String action, String question, String button) {
        String email = verifiedEmail(ctx, action);
        page(ctx, "<p>" + question + " <b>" + escape(email) + "</b>?</p>"
                + "<form method=\"post\"><button type=\"submit\">" + button + "</button></form>");
    }

    private void confirm(Context ctx) {
        String email = verifiedEmail(ctx, "confirm");
        replyEmails.confirm(email);
        page(ctx, "<p>Thank you: replies to your comments will be emailed to <b>" + escape(email) + "</b>. "
                + "Every email has a link to stop them.</p>");
    }

    private void unsubscribe(Context ctx) {
        String email = verifiedEmail(ctx, "unsubscribe");
        int comments = replyEmails.stop(email);
        page(ctx, "<p>Done: no more reply emails go to <b>" + escape(email) + "</b>"
                + (comments > 0 ? " (" + comments + (comments == 1 ? " comment" : " comments") + ")" : "") + ".</p>");
    }

    private String verifiedEmail(Context ctx, String action) {
        String email = ctx.queryParam("email");
        if (!notifier.isValid(action, email, ctx.queryParam("token"))) {
            throw ApiException.forbidden("this link is not valid; use the one in the email as it is");
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
