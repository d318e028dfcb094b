package dev.colophon.comments.config;

import java.time.Duration;
import java.util.List;

/**
 * The comment server's settings, read once at start. Every key is documented in
 * {@code comments-server/comments.sample.yml}.
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
        fetchAllowHosts = List.copyOf(fetchAllowHosts);
    }

    /** Settings with the spam filter's defaults and text logs. */
    public ServerConfig(String host, int port, String database, List<String> origins, String adminToken,
                        String adminPasswordHash, Moderation moderation, Duration editWindow, Limits limits,
                        boolean trustProxy, StatsConfig stats, MailConfig mail, List<String> fetchAllowHosts,
                        FediverseConfig fediverse, String addressKeyFile) {
        this(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow, limits, trustProxy,
                stats, mail, fetchAllowHosts, fediverse, addressKeyFile, SpamConfig.defaults());
    }

    /** Settings with text logs. */
    public ServerConfig(String host, int port, String database, List<String> origins, String adminToken,
                        String adminPasswordHash, Moderation moderation, Duration editWindow, Limits limits,
                        boolean trustProxy, StatsConfig stats, MailConfig mail, List<String> fetchAllowHosts,
                        FediverseConfig fediverse, String addressKeyFile, SpamConfig spam) {
        this(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow, limits, trustProxy,
                stats, mail, fetchAllowHosts, fediverse, addressKeyFile, spam, LogFormat.TEXT);
    }

    /** Settings with the default address key file and the spam filter's defaults. */
    public ServerConfig(String host, int port, String database, List<String> origins, String adminToken,
                        String adminPasswordHash, Moderation moderation, Duration editWindow, Limits limits,
                        boolean trustProxy, StatsConfig stats, MailConfig mail, List<String> fetchAllowHosts,
                        FediverseConfig fediverse) {
        this(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow, limits, trustProxy,
                stats, mail, fetchAllowHosts, fediverse, null, SpamConfig.defaults());
    }

    /** The same settings with the address keys in another file. */
    public ServerConfig withAddressKeyFile(String file) {
        return new ServerConfig(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow,
                limits, trustProxy, stats, mail, fetchAllowHosts, fediverse, file, spam, logFormat);
    }

    /** Settings with the default fediverse account. */
    public ServerConfig(String host, int port, String database, List<String> origins, String adminToken,
                        String adminPasswordHash, Moderation moderation, Duration editWindow, Limits limits,
                        boolean trustProxy, StatsConfig stats, MailConfig mail, List<String> fetchAllowHosts) {
        this(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow, limits, trustProxy,
                stats, mail, fetchAllowHosts, FediverseConfig.defaults());
    }

    /** Settings whose fetches reach public addresses only. */
    public ServerConfig(String host, int port, String database, List<String> origins, String adminToken,
                        String adminPasswordHash, Moderation moderation, Duration editWindow, Limits limits,
                        boolean trustProxy, StatsConfig stats, MailConfig mail) {
        this(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow, limits, trustProxy,
                stats, mail, List.of());
    }

    /** The same settings with remote fetches allowed to reach these hosts too. */
    public ServerConfig withFetchAllowHosts(List<String> hosts) {
        return new ServerConfig(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow,
                limits, trustProxy, stats, mail, hosts, fediverse, addressKeyFile, spam, logFormat);
    }

    /** The same settings with another fediverse side. */
    public ServerConfig withFediverse(FediverseConfig other) {
        return new ServerConfig(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow,
                limits, trustProxy, stats, mail, fetchAllowHosts, other, addressKeyFile, spam, logFormat);
    }

    /** The same settings with another spam filter setup. */
    public ServerConfig withSpam(SpamConfig other) {
        return new ServerConfig(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow,
                limits, trustProxy, stats, mail, fetchAllowHosts, fediverse, addressKeyFile, other, logFormat);
    }

    /** Settings without email. */
    public ServerConfig(String host, int port, String database, List<String> origins, String adminToken,
                        String adminPasswordHash, Moderation moderation, Duration editWindow, Limits limits,
                        boolean trustProxy, StatsConfig stats) {
        this(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow, limits, trustProxy,
                stats, MailConfig.none());
    }

    /** Settings with default engagement counting. */
    public ServerConfig(String host, int port, String database, List<String> origins, String adminToken,
                        String adminPasswordHash, Moderation moderation, Duration editWindow, Limits limits,
                        boolean trustProxy) {
        this(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow, limits, trustProxy,
                StatsConfig.defaults());
    }
}
