package dev.colophon.comments.search;

import dev.colophon.comments.store.AdminComment;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Comments whose author or text contains every given word (case-insensitive LIKE patterns, unused ones
 * "%"), newest first. A scan, which is fine for the thousands of comments a blog has.
 */
@RegisterConstructorMapper(AdminComment.class)
public interface SearchDao {
    @SqlQuery("""
            SELECT c.id, t.site, t.page, c.parent_id, c.status, c.author, c.email, c.website, c.body, c.html,
                   c.likes, c.created_at, c.updated_at, c.source_url AS source, c.handle, c.spam_score, c.spam_reasons
            FROM comments c JOIN threads t ON t.id = c.thread_id
            WHERE (:status = 'all' OR c.status = :status) AND (:site = '' OR t.site = :site)
              AND LOWER(COALESCE(c.author, '') || ' ' || c.body) LIKE :w1 ESCAPE '!'
              AND LOWER(COALESCE(c.author, '') || ' ' || c.body) LIKE :w2 ESCAPE '!'
              AND LOWER(COALESCE(c.author, '') || ' ' || c.body) LIKE :w3 ESCAPE '!'
              AND LOWER(COALESCE(c.author, '') || ' ' || c.body) LIKE :w4 ESCAPE '!'
            ORDER BY c.created_at DESC, c.id DESC LIMIT :limit""")
    List<AdminComment> search(@Bind("status") String status, @Bind("site") String site, @Bind("w1") String w1,
                              @Bind("w2") String w2, @Bind("w3") String w3, @Bind("w4") String w4, @Bind("limit") int limit);
}
