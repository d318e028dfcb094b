package dev.colophon.comments.spam;

import dev.colophon.comments.store.BlockDao;
import dev.colophon.comments.store.ThreadDao;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What the database knows of a new submission, read on the request thread of every post. Kept apart
 * from {@link SpamDao}, and small, because Jdbi prepares every method of a DAO each time it is attached
 * to a handle, and each post attaches this one to a handle of its own.
 */
@RegisterConstructorMapper(SubmissionDao.Repeats.class)
@RegisterConstructorMapper(SubmissionDao.PostVersion.class)
public interface SubmissionDao {

    @SqlQuery(BlockDao.MATCHES)
    int blocks(@Bind("email") String email, @Bind("address") String addressHash);

    @SqlQuery(ThreadDao.FIND)
    Optional<Long> thread(@Bind("site") String site, @Bind("page") String page);

    /** How many other threads carry the same text, and how many of those copies the owner marked spam or approved. */
    record Repeats(int threads, int spam, int ham) {
    }

    @SqlQuery("""
            SELECT COUNT(DISTINCT thread_id) AS threads,
                   COALESCE(SUM(CASE WHEN trained_as = 'spam' THEN 1 ELSE 0 END), 0) AS spam,
                   COALESCE(SUM(CASE WHEN trained_as = 'ham' THEN 1 ELSE 0 END), 0) AS ham
            FROM comments WHERE body_hash = :hash AND thread_id <> :threadId""")
    Repeats repeats(@Bind("hash") String bodyHash, @Bind("threadId") long threadId);

    /** The post published at a page (ap_posts, as {@code colophon publish} announced it), and a key that changes with its text. */
    record PostVersion(String url, String version) {
    }

    @SqlQuery("""
            SELECT url, url || ' ' || CAST(published_at AS TEXT) || ' ' || CAST(COALESCE(updated_at, 0) AS TEXT)
                   || ' ' || CAST(LENGTH(content) AS TEXT) AS version
            FROM ap_posts WHERE page = :page ORDER BY published_at DESC LIMIT 1""")
    Optional<PostVersion> postAt(@Bind("page") String page);

    @SqlQuery("SELECT content FROM ap_posts WHERE url = :url")
    String postContent(@Bind("url") String url);

    @SqlQuery("SELECT approved FROM known_authors WHERE email_hash = :hash")
    Optional<Integer> approvedOf(@Bind("hash") String emailHash);
}
