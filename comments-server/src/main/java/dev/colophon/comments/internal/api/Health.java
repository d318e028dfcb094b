package dev.colophon.comments.internal.api;

import dev.colophon.comments.internal.store.Database;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /health}: 200 {@code {"status":"ok"}} when reads and writes work; 503 when the database
 * cannot be reached, or when it can be read but not written (a full disk): comments are still shown
 * then, but new ones cannot be taken, and a monitor should say so.
 */
public final class Health {
    private Health() {
    }

    public static RouteTable routes(Database db) {
        return new RouteTable().get("/health", ctx -> answer(ctx, db));
    }

    static void answer(Context ctx, Database db) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!db.isReachable()) {
            body.put("status", "database unreachable");
            body.put("reads", "failing");
            body.put("writes", "failing");
            ctx.status(503).json(body);
            return;
        }
        Optional<String> fault = db.writeFault();
        body.put("status", fault.isPresent() ? "writes failing" : "ok");
        body.put("reads", "ok");
        body.put("writes", fault.map(reason -> "failing: " + reason).orElse("ok"));
        ctx.status(fault.isPresent() ? 503 : 200).json(body);
    }
}
