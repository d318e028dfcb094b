package dev.colophon.comments.config;

import java.time.Duration;
import java.util.List;

/**
 * The comment server's settings, read once at start by the standalone server's reader
 * ({@code internal.config.ServerConfigReader}) or built by whoever embeds it. Every key is documented in
 * {@code comments-server/comments.sample.yml}; {@link #builder()} starts from its defaults.
 *
 * @param database a file path (SQLite) or a JDBC URL ({@code jdbc:sqlite:…}, {@code jdbc:postgresql:…})
 * @param origins the site origins allowed to call the API from a browser (CORS), e.g. https://blog.example
 * @param adminToken a bearer secret for the CLI and scripts, or null
 * @param adminPasswordHash a {@code pbkdf2-sha256$…} hash for the dashboard login, or null
 * @param trustProxy take the client address from X-Forwarded-For (only behind a reverse proxy)
 * @param stats how views are counted
 * @param mail how notifications are sent
 * @param fetchAllowHosts hosts ({@code host} or {@code host:port}) that remote fetches may reach although
 *     they are not public addresses, for tests and intranets
 * @param fediverse how the blog federates (ActivityPub)
 * @param addressKeyFile where the keys for address hashes live (never in the database), or null for the
 *     default: {@code address.key} beside a SQLite file, or in the working folder with PostgreSQL
 * @param spam how the spam filter sorts new comments
 * @param logFormat how log lines are written
 */
public record ServerConfig(
        String host,
        int port,
        String database,
        List<String> origins,
        String adminToken,
        String adminPasswordHash,
        Moderation moderation,
        Duration editWindow,
        Limits limits,
        boolean trustProxy,
        StatsConfig stats,
        MailConfig mail,
        List<String> fetchAllowHosts,
        FediverseConfig fediverse,
        String addressKeyFile,
        SpamConfig spam,
        LogFormat logFormat) {

    public ServerConfig {
        origins = List.copyOf(origins);
        fetchAllowHosts = List.copyOf(fetchAllowHosts);
    }

    /** Settings as the sample file's defaults have them, to be changed one by one. */
    public static ServerConfigBuilder builder() {
        return new ServerConfigBuilder();
    }

    /** These settings, to be changed one by one. */
    public ServerConfigBuilder toBuilder() {
        return new ServerConfigBuilder(this);
    }
}
