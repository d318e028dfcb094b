package dev.colophon.comments.internal.thread;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.colophon.comments.internal.store.CommentDao;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.PageCount;
import dev.colophon.comments.internal.store.Face;
import dev.colophon.comments.internal.store.ReactionDao;
import dev.colophon.comments.internal.store.ShareDao;
import dev.colophon.comments.internal.store.WebmentionDao;
import dev.colophon.comments.internal.store.ThreadDao;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Serves threads to readers. A thread's JSON is built once and kept until a write to that thread
 * invalidates it, so a popular page costs one query per change, not one per read. On a database that
 * other instances write to, each read first asks for the thread's version (one indexed row), and a
 * change made elsewhere drops what is kept.
 */
public final class ThreadService {
    /** A ready response: the JSON bytes and their entity tag. */
    public record Rendered(byte[] json, String etag) {
    }

    private record Key(String site, String page) {
    }

    private record View(Sort sort, int offset, int limit) {
    }

    /** The rendered views of one version of a thread. */
    private record Kept(long version, Map<View, Rendered> views) {
    }

    private static final int MAX_VIEWS_PER_THREAD = 64;

    private final Database db;
    private final int displayDepth;
    private final Cache<Key, Kept> cache = Caffeine.newBuilder().maximumSize(20_000).build();
    private final Map<Key, CompletableFuture<Long>> versionQueries = new ConcurrentHashMap<>();

    private final boolean replyEmails;
    private final Function<ThreadView, byte[]> encoder;

    /** @param encoder writes a thread as the API answers it (JSON); kept here, so a thread read again is not encoded again */
    public ThreadService(Database db, int displayDepth, boolean replyEmails, Function<ThreadView, byte[]> encoder) {
        this.db = db;
        this.displayDepth = displayDepth;
        this.replyEmails = replyEmails;
        this.encoder = encoder;
    }

    public Rendered thread(String site, String page, Sort sort, int offset, int limit) {
        Key key = new Key(site, page);
        long version = db.isShared() ? versionOf(key) : 0;
        Kept kept = cache.getIfPresent(key); // lock-free on the hot path: a popular thread read again
        if (kept == null || kept.version() != version) {
            kept = cache.asMap().compute(key,
                    (k, old) -> old != null && old.version() == version ? old : new Kept(version, new ConcurrentHashMap<>()));
        }
        Map<View, Rendered> views = kept.views();
        if (views.size() > MAX_VIEWS_PER_THREAD) {
            views.clear(); // odd offsets and limits from a client must not grow memory without bound
        }
        return views.computeIfAbsent(new View(sort, offset, limit), v -> render(site, page, v));
    }

    /**
     * The thread's version in the database. Readers of a thread asking at the same time share one
     * query: under load a hot thread costs one query per round trip, not one per reader.
     */
    private long versionOf(Key key) {
        CompletableFuture<Long> mine = new CompletableFuture<>();
        CompletableFuture<Long> asked = versionQueries.putIfAbsent(key, mine);
        if (asked != null) {
            return asked.join();
        }
        try {
            long version = db.jdbi().withExtension(ThreadDao.class, dao -> dao.version(key.site(), key.page())).orElse(-1L);
            mine.complete(version);
            return version;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            versionQueries.remove(key, mine);
        }
    }

    /** Forgets the cached views of one thread; every write to it calls this, after touching its version. */
    public void invalidate(String site, String page) {
        cache.invalidate(new Key(site, page));
    }

    /** Approved comments per page, for list pages; pages without comments count 0. */
    public Map<String, Integer> counts(String site, List<String> pages) {
        return zeroFilled(pages, db.jdbi().withExtension(CommentDao.class, dao -> dao.approvedCounts(site, pages)));
    }

    /** Shares per page (share actions and reposts). */
    public Map<String, Integer> shares(String site, List<String> pages) {
        return zeroFilled(pages, db.jdbi().withExtension(ShareDao.class, dao -> dao.counts(site, pages)));
    }

    /** Reactions per page. */
    public Map<String, Integer> reactions(String site, List<String> pages) {
        return zeroFilled(pages, db.jdbi().withExtension(ReactionDao.class, dao -> dao.counts(site, pages)));
    }

    private static Map<String, Integer> zeroFilled(List<String> pages, List<PageCount> found) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        pages.forEach(page -> counts.put(page, 0));
        found.forEach(c -> counts.put(c.page(), c.count()));
        return counts;
    }

    private Rendered render(String site, String page, View view) {
        Optional<Long> threadId = db.jdbi().withExtension(ThreadDao.class, dao -> dao.find(site, page));
        List<dev.colophon.comments.internal.store.PublicComment> rows = threadId
                .map(id -> db.jdbi().withExtension(CommentDao.class, dao -> dao.visibleIn(id)))
                .orElse(List.of());
        int reactions = db.jdbi().withExtension(ReactionDao.class, dao -> dao.count(site, page));
        long shares = db.jdbi().withExtension(ShareDao.class, dao -> dao.count(site, page));
        List<Face> faces = db.jdbi().withExtension(WebmentionDao.class, dao -> dao.faces(site, page));
        ThreadView thread = ThreadTree.of(rows).page(page, reactions, view.sort(), view.offset(), view.limit(), displayDepth)
                .withReplyEmails(replyEmails).withShares(shares, faces);
        byte[] json = encoder.apply(thread);
        return new Rendered(json, etag(json));
    }

    private static String etag(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
