package dev.colophon.comments.internal.api;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One row of the server's route table: a method (or {@code BEFORE}/{@code AFTER} for what runs around
 * every matching request), a path as Javalin writes it, and what answers.
 */
public record Route(HandlerType method, String path, Handler handler) {

    /** Whether this row answers requests, rather than running before or after them. */
    public boolean endpoint() {
        return method.isHttpMethod();
    }

    /** {@code GET /api/v1/comments}: the row as docs/api.md lists it. */
    public String describe() {
        return method.name() + " " + path;
    }
}
