package dev.colophon.comments;

import dev.colophon.comments.internal.api.ApiException;
import dev.colophon.comments.internal.api.ErrorResponses;
import io.javalin.http.Context;

/**
 * What a site served on the comment server's own Javalin, beside the API (the preview's), needs of it:
 * answering a path the API does not know in the API's JSON, and keeping its own not-found page.
 */
public final class SiteBeside {
    private SiteBeside() {
    }

    /** Whether a path belongs to the API, so that the site must not answer it with a page. */
    public static boolean isApiPath(String path) {
        return path.startsWith("/api/");
    }

    /** Answers an unknown API path as the API answers one: 404 in the one JSON error shape. */
    public static void apiNotFound(Context ctx) {
        throw new ApiException(404, "not_found", "no such endpoint: GET " + ctx.path());
    }

    /** Keeps the site's own not-found page: the server's JSON 404 does not replace it. */
    public static void ownNotFoundPage(Context ctx) {
        ErrorResponses.handled(ctx);
    }
}
