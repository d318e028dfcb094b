package dev.colophon.comments.internal.search;

import dev.colophon.comments.internal.store.AdminComment;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Comments that have, for every word of the query, one of that word's keys (the word itself, its
 * completions or its corrections; unused words repeat the first), newest first.
 */
@RegisterConstructorMapper(AdminComment.class)
public interface SearchDao {
    @SqlQuery("""
            SELECT c.id, t.site, t.page, c.parent_id, c.status, c.author, c.email, c.website, c.body, c.html,
                   c.likes, c.created_at, c.updated_at, c.source_url AS source, c.handle, c.spam_score, c.spam_reasons, pt.title
            FROM comments c JOIN threads t ON t.id = c.thread_id
            LEFT JOIN page_titles pt ON pt.site = t.site AND pt.page = t.page
            WHERE (:status = 'all' OR c.status = :status) AND (:site = '' OR t.site = :site)
              AND c.id IN (SELECT comment_id FROM comment_terms WHERE term IN (<w1>))
              AND c.id IN (SELECT comment_id FROM comment_terms WHERE term IN (<w2>))
              AND c.id IN (SELECT comment_id FROM comment_terms WHERE term IN (<w3>))
              AND c.id IN (SELECT comment_id FROM comment_terms WHERE term IN (<w4>))
              AND c.id IN (SELECT comment_id FROM comment_terms WHERE term IN (<w5>))
              AND c.id IN (SELECT comment_id FROM comment_terms WHERE term IN (<w6>))
            ORDER BY c.created_at DESC, c.id DESC LIMIT :limit""")
    List<AdminComment> search(@Bind("status") String status, @Bind("site") String site,
                              @BindList("w1") Collection<String> w1, @BindList("w2") Collection<String> w2,
                              @BindList("w3") Collection<String> w3, @BindList("w4") Collection<String> w4,
                              @BindList("w5") Collection<String> w5, @BindList("w6") Collection<String> w6,
                              @Bind("limit") int limit);
}
