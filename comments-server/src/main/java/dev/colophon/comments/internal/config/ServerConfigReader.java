package dev.colophon.comments.internal.config;

import dev.colophon.comments.config.CountedPages;
import dev.colophon.comments.config.FediverseConfig;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.LogFormat;
import dev.colophon.comments.config.MailConfig;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import dev.colophon.comments.config.SpamConfig;
import dev.colophon.comments.config.StatsConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the server's settings from, in rising precedence: the defaults ({@link ServerConfig#builder()}),
 * a YAML file, environment variables ({@code COLOPHON_} + the key in capitals) and command-line flags.
 * Every problem is collected and reported together as {@link dev.colophon.config.Problem}s — an unknown
 * key with its file, line and the nearest known key, every missing required value — so that a
 * misconfigured server fails at start with one complete list.
 */
public final class ServerConfigReader {
    /** Every setting's name, in the sample file's order; the environment variable is {@code COLOPHON_NAME}. */
    static final List<String> KEYS = List.of("host", "port", "database", "origins", "admin_token", "admin_password_hash",
            "moderation", "edit_window_minutes", "max_body_chars", "max_name_chars", "max_request_bytes", "max_depth",
            "display_depth", "page_size", "posts_per_minute", "votes_per_minute", "trust_proxy", "stats_flush_seconds",
            "respect_dnt", "views_per_minute", "count_views", "smtp_host", "smtp_port", "smtp_username", "smtp_password",
            "smtp_security", "mail_from", "notify_email", "public_url", "fetch_allow_hosts", "fediverse_account",
            "fediverse_url", "fediverse_name", "fediverse_summary", "fediverse_icon", "fediverse_object_type",
            "fediverse_federate_comments", "fediverse_inbox_per_minute", "address_key_file", "spam_threshold",
            "auto_publish_below", "site_language", "proof_of_work", "proof_of_work_max", "log_format");
    /** Keys that are YAML lists in the file and comma-separated in the environment. */
    private static final Set<String> LISTS = Set.of("origins", "fetch_allow_hosts");
    private static final ServerConfig DEFAULTS = ServerConfig.builder().build();

    private GivenSettings given;

    /**
     * @param file a YAML file, or null for none
     * @param env the process environment
     * @param flags values from the command line, by setting name
     */
    public ServerConfig read(Path file, Map<String, String> env, Map<String, String> flags) {
        given = GivenSettings.collect(KEYS, LISTS, file, env, flags);
        ServerConfig config = build();
        given.finish();
        return config;
    }

    private ServerConfig build() {
        List<String> origins = list("origins").stream().map(ServerConfigReader::withoutTrailingSlash).toList();
        origins.stream().filter(o -> !isOrigin(o)).forEach(o -> given.problem("origins",
                "'" + o + "' is not an origin like https://blog.example (scheme, host, optional port)"));
        if (origins.isEmpty()) {
            given.problem("origins", "is required: the site origins allowed to use the API, e.g. COLOPHON_ORIGINS=https://blog.example");
        }
        String token = optional("admin_token");
        String hash = optional("admin_password_hash");
        if (token == null && hash == null) {
            given.problem("admin_token or admin_password_hash is required (COLOPHON_ADMIN_TOKEN or COLOPHON_ADMIN_PASSWORD_HASH): "
                    + "without one nobody can moderate; make a hash with 'colophon comments hash-password'");
        }
        if (token != null && token.length() < 16) {
            given.problem("admin_token", "must be at least 16 characters long");
        }
        if (hash != null && !hash.startsWith("pbkdf2-sha256$")) {
            given.problem("admin_password_hash", "must be a hash made by 'colophon comments hash-password'");
        }
        return ServerConfig.builder()
                .listen(text("host", DEFAULTS.host()), port())
                .database(text("database", DEFAULTS.database()))
                .origins(origins)
                .admin(token, hash)
                .moderation(parse("moderation", Moderation::parse, DEFAULTS.moderation()))
                .editWindow(Duration.ofMinutes(atLeastZero("edit_window_minutes", DEFAULTS.editWindow().toMinutes())))
                .limits(limits())
                .trustProxy(parse("trust_proxy", ServerConfigReader::bool, DEFAULTS.trustProxy()))
                .stats(stats())
                .mail(mail())
                .fetchAllowHosts(fetchAllowHosts())
                .fediverse(fediverse())
                .addressKeyFile(optional("address_key_file"))
                .spam(spam())
                .logFormat(parse("log_format", ServerConfigReader::logFormat, DEFAULTS.logFormat()))
                .build();
    }

    private Limits limits() {
        Limits d = DEFAULTS.limits();
        return new Limits(positive("max_body_chars", d.maxBodyChars()), positive("max_name_chars", d.maxNameChars()),
                positive("max_request_bytes", d.maxRequestBytes()), positive("max_depth", d.maxDepth()),
                positive("display_depth", d.displayDepth()), positive("page_size", d.pageSize()),
                atLeastZero("posts_per_minute", d.postsPerMinute()), atLeastZero("votes_per_minute", d.votesPerMinute()));
    }

    private StatsConfig stats() {
        StatsConfig d = DEFAULTS.stats();
        return new StatsConfig(Duration.ofSeconds(positive("stats_flush_seconds", d.flushInterval().toSeconds())),
                parse("respect_dnt", ServerConfigReader::bool, d.respectDnt()),
                atLeastZero("views_per_minute", d.viewsPerMinute()),
                parse("count_views", CountedPages::parse, d.countedPages()));
    }

    private List<String> fetchAllowHosts() {
        List<String> hosts = list("fetch_allow_hosts");
        hosts.stream().filter(h -> !h.matches("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+|[0-9A-Fa-f:]+)(:\\d{1,5})?")).forEach(h ->
                given.problem("fetch_allow_hosts", "'" + h + "' is not a host or host:port, like localhost or 127.0.0.1:8080"));
        return hosts;
    }

    private FediverseConfig fediverse() {
        FediverseConfig d = DEFAULTS.fediverse();
        String account = text("fediverse_account", d.account());
        if (!account.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")) {
            given.problem("fediverse_account", "'" + account + "' is not an account name (letters, digits, _ . -), e.g. blog");
        }
        String url = optional("fediverse_url");
        if (url != null && !isOrigin(withoutTrailingSlash(url))) {
            given.problem("fediverse_url", "'" + url + "' is not an origin like https://blog.example");
        }
        return new FediverseConfig(account, url == null ? null : withoutTrailingSlash(url), optional("fediverse_name"),
                optional("fediverse_summary"), optional("fediverse_icon"),
                parse("fediverse_object_type", FediverseConfig.ObjectType::parse, d.objectType()),
                parse("fediverse_federate_comments", ServerConfigReader::bool, d.federateComments()),
                atLeastZero("fediverse_inbox_per_minute", d.inboxPerMinute()));
    }

    private SpamConfig spam() {
        SpamConfig d = DEFAULTS.spam();
        double spamAbove = fraction("spam_threshold", d.spamAbove());
        double publishBelow = fraction("auto_publish_below", d.publishBelow());
        if (publishBelow > spamAbove) {
            given.problem("auto_publish_below", "must not be above spam_threshold (" + spamAbove + ")");
        }
        String language = text("site_language", d.language());
        if (!language.matches("[a-zA-Z]{2,3}")) {
            given.problem("site_language", "'" + language + "' is not a language code like en, fr or ja");
        }
        return new SpamConfig(spamAbove, publishBelow, language, parse("proof_of_work", ServerConfigReader::bool, d.proofOfWork()),
                positive("proof_of_work_max", d.proofOfWorkMax()));
    }

    private MailConfig mail() {
        MailConfig d = DEFAULTS.mail();
        String host = optional("smtp_host");
        String from = optional("mail_from");
        String owner = optional("notify_email");
        String publicUrl = optional("public_url");
        String security = text("smtp_security", d.security()).toLowerCase(Locale.ROOT);
        int port = parse("smtp_port", Integer::parseInt, d.smtpPort());
        if (host != null) {
            if (from == null || !from.matches("[^@\\s]+@[^@\\s]+")) {
                given.problem("mail_from", "is required with smtp_host: the sender address, e.g. comments@blog.example");
            }
            if (publicUrl == null || !publicUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
                given.problem("public_url", "is required with smtp_host: the server's public URL for links in emails, e.g. https://comments.blog.example");
            }
        }
        if (owner != null && !owner.matches("[^@\\s]+@[^@\\s]+")) {
            given.problem("notify_email", "'" + owner + "' is not an email address");
        }
        if (!Set.of("starttls", "tls", "none").contains(security)) {
            given.problem("smtp_security", "must be starttls, tls or none");
        }
        if (port < 1 || port > 65_535) {
            given.problem("smtp_port", "must be between 1 and 65535");
        }
        return new MailConfig(host, port, optional("smtp_username"), optional("smtp_password"), security, from, owner,
                publicUrl == null ? null : withoutTrailingSlash(publicUrl));
    }

    private int port() {
        int port = parse("port", Integer::parseInt, DEFAULTS.port());
        if (port < 0 || port > 65_535) {
            given.problem("port", "must be between 0 and 65535");
        }
        return port;
    }

    private int positive(String key, long fallback) {
        int value = parse(key, Integer::parseInt, (int) fallback);
        if (value < 1) {
            given.problem(key, "must be at least 1");
        }
        return value;
    }

    private int atLeastZero(String key, long fallback) {
        int value = parse(key, Integer::parseInt, (int) fallback);
        if (value < 0) {
            given.problem(key, "must be 0 or more");
        }
        return value;
    }

    private double fraction(String key, double fallback) {
        double value = parse(key, Double::parseDouble, fallback);
        if (!(value >= 0 && value <= 1)) {
            given.problem(key, "must be a number from 0 to 1");
        }
        return value;
    }

    /** The typed value written for a setting, or its default if nobody wrote it (or what they wrote cannot be read). */
    private <T> T parse(String key, Function<String, T> parser, T fallback) {
        if (!given.has(key)) {
            return fallback;
        }
        String text = given.text(key);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            given.problem(key, "'" + text + "' is not valid" + (e.getMessage() != null && !(e instanceof NumberFormatException)
                    ? ": " + e.getMessage() : " (expected a whole number)"));
            return fallback;
        }
    }

    private String text(String key, String fallback) {
        return given.has(key) ? given.text(key) : fallback;
    }

    /** A setting that may be left out: null when nobody wrote it or it is blank. */
    private String optional(String key) {
        String text = given.text(key);
        return text == null || text.isBlank() ? null : text;
    }

    private List<String> list(String key) {
        String text = given.text(key);
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static LogFormat logFormat(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "text" -> LogFormat.TEXT;
            case "json" -> LogFormat.JSON;
            default -> throw new IllegalArgumentException("must be text or json");
        };
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    private static boolean isOrigin(String value) {
        try {
            URI uri = URI.create(value);
            return (uri.getScheme().equals("http") || uri.getScheme().equals("https")) && uri.getHost() != null
                    && (uri.getPath() == null || uri.getPath().isEmpty());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String withoutTrailingSlash(String value) {
        return value.replaceAll("/+$", "");
    }
}
