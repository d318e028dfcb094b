package dev.colophon.comments.internal.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and writes comments. Status values are the constants of {@link Status}. */
@RegisterConstructorMapper(PublicComment.class)
@RegisterConstructorMapper(AdminComment.class)
@RegisterConstructorMapper(PageCount.class)
public interface CommentDao {

    @SqlUpdate("""
            INSERT INTO comments (thread_id, parent_id, depth, status, author, email, website, body, html,
                                  edit_token_hash, address_hash, likes, created_at, notify_replies,
                                  spam_score, spam_reasons, body_hash)
            VALUES (:threadId, :parentId, :depth, :status, :author, :email, :website, :body, :html,
                    :editTokenHash, :addressHash, 0, :createdAt, :notifyReplies, :score, :reasons, :bodyHash)""")
    @GetGeneratedKeys("id")
    long insert(@BindMethods CommentRow row, @Bind("score") double score, @Bind("reasons") String reasonsJson,
                @Bind("bodyHash") String bodyHash);

    @SqlQuery("SELECT * FROM comments WHERE id = :id")
    Optional<CommentRow> get(@Bind("id") long id);

    @SqlQuery("""
            SELECT c.id, c.parent_id, c.status, c.author, c.website, c.html, c.likes, c.created_at, c.updated_at,
                   c.source_url AS source,
                   CASE WHEN c.source_url IS NULL THEN NULL ELSE (SELECT CASE WHEN w.avatar IS NULL THEN NULL
                        ELSE '/api/v1/webmentions/' || w.token || '/avatar' END FROM webmentions w WHERE w.comment_id = c.id)
                   END AS avatar, c.handle, c.by_owner
            FROM comments c WHERE c.thread_id = :threadId AND c.status IN (<approved>, <deleted>, <rejected>, <spam>)""")
    List<PublicComment> visibleIn(@Bind("threadId") long threadId);

    @SqlQuery("""
            SELECT t.page AS page, COUNT(*) AS count FROM threads t JOIN comments c ON c.thread_id = t.id
            WHERE t.site = :site AND t.page IN (<pages>) AND c.status = <approved> GROUP BY t.page""")
    List<PageCount> approvedCounts(@Bind("site") String site, @BindList("pages") List<String> pages);

    @SqlQuery("SELECT COUNT(*) FROM comments WHERE parent_id = :id AND status IN (<approved>, <pending>, <deleted>)")
    int liveRepliesOf(@Bind("id") long id);

    @SqlUpdate("UPDATE comments SET status = :status, updated_at = :now WHERE id = :id")
    int setStatus(@Bind("id") long id, @Bind("status") Status status, @Bind("now") long now);

    @SqlUpdate("UPDATE comments SET body = :body, html = :html, updated_at = :now WHERE id = :id")
    int setBody(@Bind("id") long id, @Bind("body") String body, @Bind("html") String html, @Bind("now") long now);

    @SqlUpdate("""
            UPDATE comments SET status = <deleted>, body = '', html = '', author = '', email = NULL, website = NULL, notify_replies = FALSE,
                   updated_at = :now WHERE id = :id""")
    int blank(@Bind("id") long id, @Bind("now") long now);

    /** Stops reply emails for every comment of an address (lower-cased); returns how many asked for them. */
    @SqlUpdate("UPDATE comments SET notify_replies = FALSE WHERE LOWER(email) = :email AND notify_replies = TRUE")
    int stopReplyEmails(@Bind("email") String email);

    /** Marks a comment as written by the site's owner (the widget's "author" badge). */
    @SqlUpdate("UPDATE comments SET by_owner = TRUE WHERE id = :id")
    void markOwner(@Bind("id") long id);

    /** Marks a comment as a reply written on another site, at {@code source} (a webmention). */
    @SqlUpdate("UPDATE comments SET source_url = :source WHERE id = :id")
    void setSource(@Bind("id") long id, @Bind("source") String source);

    @SqlUpdate("UPDATE comments SET author = :author, website = :website, body = :body, html = :html, updated_at = :now WHERE id = :id")
    int setFromSource(@Bind("id") long id, @Bind("author") String author, @Bind("website") String website,
                      @Bind("body") String body, @Bind("html") String html, @Bind("now") long now);

    /** Marks a comment as a reply from the fediverse: the Note's id, its author's actor and handle. */
    @SqlUpdate("UPDATE comments SET ap_id = :apId, ap_actor = :actor, handle = :handle WHERE id = :id")
    void setFederated(@Bind("id") long id, @Bind("apId") String apId, @Bind("actor") String actor, @Bind("handle") String handle);

    @SqlQuery("SELECT * FROM comments WHERE ap_id = :apId")
    Optional<CommentRow> byApId(@Bind("apId") String apId);

    @SqlQuery("SELECT ap_actor FROM comments WHERE id = :id")
    Optional<String> apActorOf(@Bind("id") long id);

    @SqlUpdate("DELETE FROM comments WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlUpdate("UPDATE comments SET likes = likes + 1 WHERE id = :id")
    void addLike(@Bind("id") long id);

    @SqlUpdate("UPDATE comments SET likes = likes - 1 WHERE id = :id AND likes > 0")
    int removeLike(@Bind("id") long id);

    @SqlQuery("SELECT likes FROM comments WHERE id = :id")
    int likesOf(@Bind("id") long id);

    @SqlQuery("""
            SELECT c.id, t.site, t.page, c.parent_id, c.status, c.author, c.email, c.website, c.body, c.html,
                   c.likes, c.created_at, c.updated_at, c.source_url AS source, c.handle, c.spam_score, c.spam_reasons,
                   pt.title
            FROM comments c JOIN threads t ON t.id = c.thread_id
            LEFT JOIN page_titles pt ON pt.site = t.site AND pt.page = t.page
            WHERE (:status = 'all' OR c.status = :status) AND (:site = '' OR t.site = :site)
              AND (:page = '' OR t.page = :page)
            ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset""")
    List<AdminComment> list(@Bind("status") String status, @Bind("site") String site, @Bind("page") String page,
                            @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("""
            SELECT c.id, t.site, t.page, c.parent_id, c.status, c.author, c.email, c.website, c.body, c.html,
                   c.likes, c.created_at, c.updated_at, c.source_url AS source, c.handle, c.spam_score, c.spam_reasons,
                   pt.title
            FROM comments c JOIN threads t ON t.id = c.thread_id
            LEFT JOIN page_titles pt ON pt.site = t.site AND pt.page = t.page WHERE c.id = :id""")
    Optional<AdminComment> adminView(@Bind("id") long id);
}
