package dev.colophon.comments.config;

import java.time.Duration;
import java.util.List;

/**
 * Builds a {@link ServerConfig} from the documented defaults (those of {@code comments.sample.yml}), one
 * setting at a time: what the reader and the tests that start a server write instead of seventeen
 * positional arguments. It checks nothing; the reader ({@code internal.config.ServerConfigReader}) validates
 * what users write.
 */
public final class ServerConfigBuilder {
    private String host = "127.0.0.1";
    private int port = 8081;
    private String database = "data/comments.db";
    private List<String> origins = List.of();
    private String adminToken;
    private String adminPasswordHash;
    private Moderation moderation = Moderation.AUTO;
    private Duration editWindow = Duration.ofMinutes(15);
    private Limits limits = Limits.defaults();
    private boolean trustProxy;
    private StatsConfig stats = StatsConfig.defaults();
    private MailConfig mail = MailConfig.none();
    private List<String> fetchAllowHosts = List.of();
    private FediverseConfig fediverse = FediverseConfig.defaults();
    private String addressKeyFile;
    private SpamConfig spam = SpamConfig.defaults();
    private LogFormat logFormat = LogFormat.TEXT;

    ServerConfigBuilder() {
    }

    ServerConfigBuilder(ServerConfig c) {
        host = c.host();
        port = c.port();
        database = c.database();
        origins = c.origins();
        adminToken = c.adminToken();
        adminPasswordHash = c.adminPasswordHash();
        moderation = c.moderation();
        editWindow = c.editWindow();
        limits = c.limits();
        trustProxy = c.trustProxy();
        stats = c.stats();
        mail = c.mail();
        fetchAllowHosts = c.fetchAllowHosts();
        fediverse = c.fediverse();
        addressKeyFile = c.addressKeyFile();
        spam = c.spam();
        logFormat = c.logFormat();
    }

    /** The address and port to listen on (port 0: any free port). */
    public ServerConfigBuilder listen(String host, int port) {
        this.host = host;
        this.port = port;
        return this;
    }

    public ServerConfigBuilder database(String database) {
        this.database = database;
        return this;
    }

    public ServerConfigBuilder origins(List<String> origins) {
        this.origins = origins;
        return this;
    }

    /** The admin's bearer token and dashboard password hash; either may be null. */
    public ServerConfigBuilder admin(String token, String passwordHash) {
        this.adminToken = token;
        this.adminPasswordHash = passwordHash;
        return this;
    }

    public ServerConfigBuilder moderation(Moderation moderation) {
        this.moderation = moderation;
        return this;
    }

    public ServerConfigBuilder editWindow(Duration editWindow) {
        this.editWindow = editWindow;
        return this;
    }

    public ServerConfigBuilder limits(Limits limits) {
        this.limits = limits;
        return this;
    }

    public ServerConfigBuilder trustProxy(boolean trustProxy) {
        this.trustProxy = trustProxy;
        return this;
    }

    public ServerConfigBuilder stats(StatsConfig stats) {
        this.stats = stats;
        return this;
    }

    public ServerConfigBuilder mail(MailConfig mail) {
        this.mail = mail;
        return this;
    }

    public ServerConfigBuilder fetchAllowHosts(List<String> hosts) {
        this.fetchAllowHosts = hosts;
        return this;
    }

    public ServerConfigBuilder fediverse(FediverseConfig fediverse) {
        this.fediverse = fediverse;
        return this;
    }

    public ServerConfigBuilder addressKeyFile(String file) {
        this.addressKeyFile = file;
        return this;
    }

    public ServerConfigBuilder spam(SpamConfig spam) {
        this.spam = spam;
        return this;
    }

    public ServerConfigBuilder logFormat(LogFormat logFormat) {
        this.logFormat = logFormat;
        return this;
    }

    public ServerConfig build() {
        return new ServerConfig(host, port, database, origins, adminToken, adminPasswordHash, moderation, editWindow,
                limits, trustProxy, stats, mail, fetchAllowHosts, fediverse, addressKeyFile, spam, logFormat);
    }
}
