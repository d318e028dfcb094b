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
        LogFormat logFormat) {

    /** Settings with text logs. */
    public ServerConfig(String host, int port, String database, List<String> origins, String adminToken,
                        String adminPasswordHash, Moderation moderation, Duration editWindow, Limits limits,
                        boolean trustProxy, StatsConfig stats, MailConfig mail) {
        this(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow, limits, trustProxy,
                stats, mail, LogFormat.TEXT);
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
