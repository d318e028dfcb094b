package dev.colophon.comments.internal.spam;

import dev.colophon.comments.internal.store.BlockDao;
import dev.colophon.comments.internal.store.ThreadDao;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * What the database knows of a new submission, read on the request thread of every post. Plain queries
 * on the handle with row mappers written out, not a SqlObject: attaching one prepares every method of it
 * and each {@code ConstructorMapper} result is specialized again per query, which was most of a post's
 * CPU on the request threads (docs/benchmarks.md, session 9).
 */
public final class SubmissionLookups {
    /** How many other threads carry the same text, and how many of those copies the owner marked spam or approved. */
    public record Repeats(int threads, int spam, int ham) {
    }

    /** The post published at a page (ap_posts, as {@code colophon publish} announced it), and a key that changes with its text. */
    public record PostVersion(String url, String version) {
    }

    /** Whether the author is blocked, and the same text on other threads: one statement instead of three. */
    record BlockedAndRepeats(boolean blocked, Repeats repeats) {
    }

    /** The block list's and the thread's own SQL (one text each, shared with their DAOs) as subqueries. */
    private static final String BLOCKED_AND_REPEATS = "SELECT (" + BlockDao.MATCHES + ") AS blocks," + """
             COUNT(DISTINCT thread_id) AS threads,
             COALESCE(SUM(CASE WHEN trained_as = 'spam' THEN 1 ELSE 0 END), 0) AS spam,
             COALESCE(SUM(CASE WHEN trained_as = 'ham' THEN 1 ELSE 0 END), 0) AS ham
            FROM comments
            WHERE body_hash = :hash AND thread_id <> COALESCE((""" + ThreadDao.FIND + "), -1)";
    private static final String POST_AT = """
            SELECT url, url || ' ' || CAST(published_at AS TEXT) || ' ' || CAST(COALESCE(updated_at, 0) AS TEXT)
                   || ' ' || CAST(LENGTH(content) AS TEXT) AS version
            FROM ap_posts WHERE page = :page ORDER BY published_at DESC LIMIT 1""";
    private static final String POST_CONTENT = "SELECT content FROM ap_posts WHERE url = :url";
    private static final String APPROVED_OF = "SELECT approved FROM known_authors WHERE email_hash = :hash";

    private static final RowMapper<Integer> FIRST_INT = (rs, ctx) -> rs.getInt(1);
    private static final RowMapper<String> FIRST_STRING = (rs, ctx) -> rs.getString(1);
    private static final RowMapper<BlockedAndRepeats> BLOCKED_AND_REPEATS_ROW = (rs, ctx) -> new BlockedAndRepeats(
            rs.getInt("blocks") > 0, new Repeats(rs.getInt("threads"), rs.getInt("spam"), rs.getInt("ham")));
    private static final RowMapper<PostVersion> POST_VERSION_ROW = (rs, ctx) ->
            new PostVersion(rs.getString("url"), rs.getString("version"));

    private final Handle handle;

    SubmissionLookups(Handle handle) {
        this.handle = handle;
    }

    /** {@code email} and {@code addressHash} are "" when unknown; the page's thread need not exist yet. */
    BlockedAndRepeats blockedAndRepeats(String email, String addressHash, String site, String page, String bodyHash) {
        return handle.createQuery(BLOCKED_AND_REPEATS).bind("email", email).bind("address", addressHash)
                .bind("site", site).bind("page", page).bind("hash", bodyHash).map(BLOCKED_AND_REPEATS_ROW).one();
    }

    Optional<PostVersion> postAt(String page) {
        return handle.createQuery(POST_AT).bind("page", page).map(POST_VERSION_ROW).findFirst();
    }

    /** The post's HTML, or null when there is none (as the SqlObject this replaced answered). */
    String postContent(String url) {
        return handle.createQuery(POST_CONTENT).bind("url", url).map(FIRST_STRING).findFirst().orElse(null);
    }

    Optional<Integer> approvedOf(String emailHash) {
        return handle.createQuery(APPROVED_OF).bind("hash", emailHash).map(FIRST_INT).findFirst();
    }
}
