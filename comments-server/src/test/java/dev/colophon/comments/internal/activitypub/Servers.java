package dev.colophon.comments.internal.activitypub;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.FediverseConfig;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;

/** Settings of the comment servers these tests federate. */
final class Servers {
    private Servers() {
    }

    /** A server whose remote fetches may reach the other loopback servers of the test (the guard refuses them otherwise). */
    static ServerConfig config(String database, String origin, Moderation moderation) {
        return with(TestServer.config(database, origin, moderation), FediverseConfig.defaults());
    }

    static ServerConfig with(ServerConfig c, FediverseConfig fediverse) {
        return c.toBuilder().fetchAllowHosts(java.util.List.of("127.0.0.1")).fediverse(fediverse).build();
    }
}
