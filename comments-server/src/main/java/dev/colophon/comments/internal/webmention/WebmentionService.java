package dev.colophon.comments.internal.webmention;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.MentionRow;
import dev.colophon.comments.internal.store.WebmentionDao;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes webmentions in: the checks that need no fetch (http(s) URLs, source and target differ, the target
 * is a page of a configured site), then a row in the queue that the {@code internal.WebmentionWorker} verifies.
 * The same (source, target) again asks for a new verification of the same row: an update or a removal.
 */
public final class WebmentionService {
    static final String SITE = "default";
    private static final int MAX_URL = 2_000;

    /** A stored avatar: the bytes and their media type. */
    public record Avatar(byte[] bytes, String type) {
    }

    private final Database db;
    private final Set<String> origins;
    private final Clock clock;
    private final Runnable wake;

    public WebmentionService(Database db, List<String> origins, Clock clock, Runnable wake) {
        this.db = db;
        this.origins = origins.stream().map(o -> originOf(URI.create(o))).collect(Collectors.toSet());
        this.clock = clock;
        this.wake = wake;
    }

    /** Queues the verification of a webmention and returns its row (its token names the status URL). */
    public MentionRow accept(String source, String target) {
        URI sourceUri = httpUrl("source", source);
        URI targetUri = httpUrl("target", target);
        if (withoutFragment(source).equals(withoutFragment(target))) {
            throw WebmentionRejected.invalid("source and target must be different pages");
        }
        if (!origins.contains(originOf(targetUri))) {
            throw WebmentionRejected.invalid("target " + target + " is not a page of a site this server has comments for");
        }
        String page = pageOf(targetUri);
        String from = sourceUri.toString();
        String to = targetUri.toString();
        long now = clock.millis();
        MentionRow row = db.write(handle -> {
            WebmentionDao dao = Daos.of(handle, WebmentionDao.class);
            if (dao.add(VisitorIds.randomHex(16), from, to, SITE, page, now) == 0) {
                dao.requeue(from, to, now);
            }
            return dao.find(from, to).orElseThrow();
        });
        wake.run();
        return row;
    }

    public MentionRow status(String token) {
        return db.jdbi().withExtension(WebmentionDao.class, dao -> dao.byToken(token))
                .orElseThrow(() -> new WebmentionRejected(WebmentionRejected.Why.NOT_FOUND, "no webmention " + token));
    }

    public Optional<Avatar> avatar(String token) {
        return db.jdbi().withExtension(WebmentionDao.class, dao -> dao.byToken(token))
                .filter(row -> row.avatar() != null && MentionRow.ACCEPTED.equals(row.state()))
                .map(row -> new Avatar(java.util.Base64.getDecoder().decode(row.avatar()), row.avatarType()));
    }

    private static URI httpUrl(String name, String value) {
        if (value == null || value.isBlank()) {
            throw WebmentionRejected.invalid(name + " is required: the URL of the " + (name.equals("source")
                    ? "page that links" : "page linked to"));
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && value.length() <= MAX_URL) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw WebmentionRejected.invalid(name + " must be an http(s) URL of at most " + MAX_URL + " characters");
    }

    /** The thread key of a target: its path, {@code /} for none, an {@code index.html} left off. */
    static String pageOf(URI target) {
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        return path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    private static String originOf(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean standard = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return (hash < 0 ? url : url.substring(0, hash)).strip();
    }
}
