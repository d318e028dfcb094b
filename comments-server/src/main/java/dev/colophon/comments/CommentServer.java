package dev.colophon.comments;

import dev.colophon.comments.internal.activitypub.Federation;
import dev.colophon.comments.internal.api.Route;
import dev.colophon.comments.config.ServerConfig;
import dev.colophon.comments.internal.store.Database;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The comment server on a Javalin of its own: {@link CommentServerPlugin} mounted and started on the
 * configured address. {@code extra} lets a test add to the app.
 */
public final class CommentServer implements AutoCloseable {
    private final CommentServerPlugin plugin;
    private final Javalin app;

    private CommentServer(CommentServerPlugin plugin, Javalin app) {
        this.plugin = plugin;
        this.app = app;
    }

    public static CommentServer start(ServerConfig config) {
        return start(config, Clock.systemUTC(), cfg -> { });
    }

    public static CommentServer start(ServerConfig config, Clock clock, Consumer<JavalinConfig> extra) {
        return start(config, clock, extra, true);
    }

    /** {@code background}: whether queued deliveries are sent by a worker (tests may send them by hand). */
    public static CommentServer start(ServerConfig config, Clock clock, Consumer<JavalinConfig> extra, boolean background) {
        CommentServerPlugin plugin = CommentServerPlugin.open(config, clock, background);
        try {
            Javalin app = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.registerPlugin(plugin);
                extra.accept(cfg);
            }).start(config.host(), config.port());
            return new CommentServer(plugin, app);
        } catch (RuntimeException e) {
            plugin.close();
            throw e;
        }
    }

    /** Fails with one clear line when the port is taken, before anything is opened (port 0 is always free). */
    public static void requireFreePort(String host, int port) {
        Ports.requireFree(host, port);
    }

    /** Every route the server answers and runs around requests, in the order it tries them. */
    List<Route> routes() {
        return plugin.routes();
    }

    public int port() {
        return app.port();
    }

    /** Its storage: for the tests of this module (through {@code TestServer}), not part of the public surface. */
    Database database() {
        return plugin.database();
    }

    /** Stops taking requests, lets those in flight finish, then closes the database. */
    @Override
    public void close() {
        plugin.stop(app);
    }

    /** Sends the emails due now rather than on the mailer's next round; 0 without mail. */
    public int sendMail() {
        return plugin.sendMail();
    }

    /** Queues yesterday's digest of held comments now rather than within the hour; false without mail or when queued already. */
    public boolean queueDigest() {
        return plugin.queueDigest();
    }

    /** Verifies the webmentions due now rather than on the worker's next round; returns how many were finished. */
    public int verifyWebmentions() {
        return plugin.verifyWebmentions();
    }

    /** The blog's fediverse side. */
    Federation federation() {
        return plugin.federation();
    }

    /** Writes the views counted in memory now rather than at the next interval. */
    public void flushViews() {
        plugin.flushViews();
    }
}
