package dev.colophon.comments.activitypub;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.FediverseConfig;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;

/** Settings of the comment servers these tests federate. */
final class Servers {
    private Servers() {
    }

    static ServerConfig config(String database, String origin, Moderation moderation) {
        return with(TestServer.config(database, origin, moderation), FediverseConfig.defaults());
    }

    static ServerConfig with(ServerConfig c, FediverseConfig fediverse) {
        return new ServerConfig(c.host(), c.port(), c.database(), c.origins(), c.adminToken(), c.adminPasswordHash(),
                c.moderation(), c.editWindow(), c.limits(), c.trustProxy(), c.stats(), c.mail(), fediverse);
    }
}
