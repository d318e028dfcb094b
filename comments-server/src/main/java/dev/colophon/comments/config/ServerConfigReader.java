package dev.colophon.comments.config;

import dev.colophon.config.ConfigException;
import dev.colophon.config.YamlSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the server's settings from, in rising precedence: defaults, a YAML file, environment variables
 * ({@code COLOPHON_} + the key in capitals) and command-line flags. Every problem is collected and
 * reported together, so a misconfigured server fails at start with one complete list.
 */
public final class ServerConfigReader {
    static final Map<String, String> DEFAULTS = defaults();
    /** Keys that are YAML lists in the file and comma-separated in the environment. */
    private static final java.util.Set<String> LISTS = java.util.Set.of("origins", "fetch_allow_hosts");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private static Map<String, String> defaults() {
        Limits l = Limits.defaults();
        Map<String, String> d = new LinkedHashMap<>();
        d.put("host", "127.0.0.1");
        d.put("port", "8081");
        d.put("database", "data/comments.db");
        d.put("origins", "");
        d.put("admin_token", "");
        d.put("admin_password_hash", "");
        d.put("moderation", "auto");
        d.put("edit_window_minutes", "15");
        d.put("max_body_chars", String.valueOf(l.maxBodyChars()));
        d.put("max_name_chars", String.valueOf(l.maxNameChars()));
        d.put("max_request_bytes", String.valueOf(l.maxRequestBytes()));
        d.put("max_depth", String.valueOf(l.maxDepth()));
        d.put("display_depth", String.valueOf(l.displayDepth()));
        d.put("page_size", String.valueOf(l.pageSize()));
        d.put("posts_per_minute", String.valueOf(l.postsPerMinute()));
        d.put("votes_per_minute", String.valueOf(l.votesPerMinute()));
        d.put("trust_proxy", "false");
        d.put("stats_flush_seconds", "5");
        d.put("respect_dnt", "false");
        d.put("views_per_minute", "120");
        d.put("count_views", "sitemap");
        d.put("smtp_host", "");
        d.put("smtp_port", "587");
        d.put("smtp_username", "");
        d.put("smtp_password", "");
        d.put("smtp_security", "starttls");
        d.put("mail_from", "");
        d.put("notify_email", "");
        d.put("public_url", "");
        d.put("fetch_allow_hosts", "");
        d.put("fediverse_account", "blog");
        d.put("fediverse_url", "");
        d.put("fediverse_name", "");
        d.put("fediverse_summary", "");
        d.put("fediverse_icon", "");
        d.put("fediverse_object_type", "article");
        d.put("fediverse_federate_comments", "false");
        d.put("fediverse_inbox_per_minute", "300");
        d.put("address_key_file", "");
        SpamConfig spam = SpamConfig.defaults();
        d.put("spam_threshold", String.valueOf(spam.spamAbove()));
        d.put("auto_publish_below", String.valueOf(spam.publishBelow()));
        d.put("site_language", spam.language());
        d.put("proof_of_work", String.valueOf(spam.proofOfWork()));
        d.put("proof_of_work_max", String.valueOf(spam.proofOfWorkMax()));
        d.put("log_format", "text");
        return Map.copyOf(d);
    }

    /**
     * @param file a YAML file, or null for none
     * @param env the process environment
     * @param flags values from the command line, by setting name
     */
    public ServerConfig read(Path file, Map<String, String> env, Map<String, String> flags) {
        DEFAULTS.keySet().forEach(key -> set(key, DEFAULTS.get(key), "default"));
        if (file != null) {
            readFile(file);
        }
        for (String key : DEFAULTS.keySet()) {
            String name = "COLOPHON_" + key.toUpperCase(Locale.ROOT);
            if (env.containsKey(name)) {
                set(key, env.get(name), "environment " + name);
            }
        }
        flags.forEach((key, value) -> set(key, value, "flag --" + key.replace('_', '-')));
        ServerConfig config = build();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config;
    }

    private void readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            problems.add(file + ": config file not found");
            return;
        }
        YamlSettings yaml = YamlSettings.read(file);
        for (String key : DEFAULTS.keySet()) {
            boolean list = LISTS.contains(key);
            String value = list ? String.join(",", yaml.strings(key)) : yaml.string(key, null);
            if (value != null && !(list && value.isEmpty())) {
                set(key, value, file.toString());
            }
        }
        try {
            yaml.finish();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
    }

    private void set(String key, String value, String source) {
        values.put(key, value == null ? "" : value.strip());
        sources.put(key, source);
    }

    private ServerConfig build() {
        List<String> origins = Arrays.stream(values.get("origins").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.replaceAll("/+$", "")).toList();
        origins.stream().filter(o -> !isOrigin(o)).forEach(o ->
                problem("origins", "'" + o + "' is not an origin like https://blog.example (scheme, host, optional port)"));
        if (origins.isEmpty()) {
            problem("origins", "is required: the site origins allowed to use the API, e.g. COLOPHON_ORIGINS=https://blog.example");
        }
        String token = blankToNull(values.get("admin_token"));
        String hash = blankToNull(values.get("admin_password_hash"));
        if (token == null && hash == null) {
            problems.add("admin_token or admin_password_hash is required (COLOPHON_ADMIN_TOKEN or COLOPHON_ADMIN_PASSWORD_HASH): "
                    + "without one nobody can moderate; make a hash with 'colophon comments hash-password'");
        }
        if (token != null && token.length() < 16) {
            problem("admin_token", "must be at least 16 characters long");
        }
        if (hash != null && !hash.startsWith("pbkdf2-sha256$")) {
            problem("admin_password_hash", "must be a hash made by 'colophon comments hash-password'");
        }
        Limits limits = new Limits(positive("max_body_chars"), positive("max_name_chars"), positive("max_request_bytes"),
                positive("max_depth"), positive("display_depth"), positive("page_size"),
                atLeastZero("posts_per_minute"), atLeastZero("votes_per_minute"));
        return new ServerConfig(values.get("host"), port(), values.get("database"), origins, token, hash,
                parse("moderation", Moderation::parse, Moderation.AUTO),
                Duration.ofMinutes(atLeastZero("edit_window_minutes")), limits,
                parse("trust_proxy", ServerConfigReader::bool, false),
                new StatsConfig(Duration.ofSeconds(positive("stats_flush_seconds")),
                        parse("respect_dnt", ServerConfigReader::bool, false), atLeastZero("views_per_minute"),
                        parse("count_views", CountedPages::parse, CountedPages.SITEMAP)),
                mail(), fetchAllowHosts(), fediverse(), blankToNull(values.get("address_key_file")), spam(),
                parse("log_format", ServerConfigReader::logFormat, LogFormat.TEXT));
    }

    private List<String> fetchAllowHosts() {
        List<String> hosts = Arrays.stream(values.get("fetch_allow_hosts").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        hosts.stream().filter(h -> !h.matches("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+|[0-9A-Fa-f:]+)(:\\d{1,5})?")).forEach(h ->
                problem("fetch_allow_hosts", "'" + h + "' is not a host or host:port, like localhost or 127.0.0.1:8080"));
        return hosts;
    }

    private FediverseConfig fediverse() {
        String account = values.get("fediverse_account");
        if (!account.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")) {
            problem("fediverse_account", "'" + account + "' is not an account name (letters, digits, _ . -), e.g. blog");
        }
        String url = blankToNull(values.get("fediverse_url"));
        if (url != null && !isOrigin(url.replaceAll("/+$", ""))) {
            problem("fediverse_url", "'" + url + "' is not an origin like https://blog.example");
        }
        return new FediverseConfig(account, url == null ? null : url.replaceAll("/+$", ""),
                blankToNull(values.get("fediverse_name")), blankToNull(values.get("fediverse_summary")),
                blankToNull(values.get("fediverse_icon")),
                parse("fediverse_object_type", FediverseConfig.ObjectType::parse, FediverseConfig.ObjectType.ARTICLE),
                parse("fediverse_federate_comments", ServerConfigReader::bool, false), atLeastZero("fediverse_inbox_per_minute"));
    }
    private SpamConfig spam() {
        double spamAbove = fraction("spam_threshold");
        double publishBelow = fraction("auto_publish_below");
        if (publishBelow > spamAbove) {
            problem("auto_publish_below", "must not be above spam_threshold (" + spamAbove + ")");
        }
        String language = values.get("site_language");
        if (!language.matches("[a-zA-Z]{2,3}")) {
            problem("site_language", "'" + language + "' is not a language code like en, fr or ja");
        }
        return new SpamConfig(spamAbove, publishBelow, language, parse("proof_of_work", ServerConfigReader::bool, false),
                positive("proof_of_work_max"));
    }

    private double fraction(String key) {
        double value = parse(key, Double::parseDouble, 0.5);
        if (!(value >= 0 && value <= 1)) {
            problem(key, "must be a number from 0 to 1");
        }
        return value;
    }

    private static LogFormat logFormat(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "text" -> LogFormat.TEXT;
            case "json" -> LogFormat.JSON;
            default -> throw new IllegalArgumentException("must be text or json");
        };
    }

    private MailConfig mail() {
        String host = blankToNull(values.get("smtp_host"));
        String from = blankToNull(values.get("mail_from"));
        String owner = blankToNull(values.get("notify_email"));
        String publicUrl = blankToNull(values.get("public_url"));
        String security = values.get("smtp_security").toLowerCase(Locale.ROOT);
        int port = parse("smtp_port", Integer::parseInt, 587);
        if (host != null) {
            if (from == null || !from.matches("[^@\\s]+@[^@\\s]+")) {
                problem("mail_from", "is required with smtp_host: the sender address, e.g. comments@blog.example");
            }
            if (publicUrl == null || !publicUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
                problem("public_url", "is required with smtp_host: the server's public URL for links in emails, e.g. https://comments.blog.example");
            }
        }
        if (owner != null && !owner.matches("[^@\\s]+@[^@\\s]+")) {
            problem("notify_email", "'" + owner + "' is not an email address");
        }
        if (!java.util.Set.of("starttls", "tls", "none").contains(security)) {
            problem("smtp_security", "must be starttls, tls or none");
        }
        if (port < 1 || port > 65_535) {
            problem("smtp_port", "must be between 1 and 65535");
        }
        return new MailConfig(host, port, blankToNull(values.get("smtp_username")), blankToNull(values.get("smtp_password")),
                security, from, owner, publicUrl == null ? null : publicUrl.replaceAll("/+$", ""));
    }

    private int port() {
        int port = parse("port", Integer::parseInt, 0);
        if (port < 0 || port > 65_535) {
            problem("port", "must be between 0 and 65535");
        }
        return port;
    }

    private int positive(String key) {
        int value = parse(key, Integer::parseInt, 1);
        if (value < 1) {
            problem(key, "must be at least 1");
        }
        return value;
    }

    private int atLeastZero(String key) {
        int value = parse(key, Integer::parseInt, 0);
        if (value < 0) {
            problem(key, "must be 0 or more");
        }
        return value;
    }

    private <T> T parse(String key, Function<String, T> parser, T fallback) {
        try {
            return parser.apply(values.get(key));
        } catch (IllegalArgumentException e) {
            problem(key, "'" + values.get(key) + "' is not valid" + (e.getMessage() != null && !(e instanceof NumberFormatException)
                    ? ": " + e.getMessage() : " (expected a whole number)"));
            return fallback;
        }
    }

    private void problem(String key, String message) {
        problems.add(key + " (from " + sources.get(key) + ") " + message);
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
