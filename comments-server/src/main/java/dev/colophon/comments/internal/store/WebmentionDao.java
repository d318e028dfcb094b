package dev.colophon.comments.internal.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Received webmentions and their verification queue; see {@code V9__webmentions.sql}. */
@RegisterConstructorMapper(MentionRow.class)
@RegisterConstructorMapper(Face.class)
public interface WebmentionDao {

    /** Queues a new (source, target); 0 when the pair is known (then {@link #requeue} asks again). */
    @SqlUpdate("""
            INSERT INTO webmentions (token, source, target, site, page, state, attempts, due_at, created_at, updated_at)
            VALUES (:token, :source, :target, :site, :page, 'queued', 0, :now, :now, :now)
            ON CONFLICT (source, target) DO NOTHING""")
    int add(@Bind("token") String token, @Bind("source") String source, @Bind("target") String target,
            @Bind("site") String site, @Bind("page") String page, @Bind("now") long now);

    @SqlUpdate("UPDATE webmentions SET due_at = :now, attempts = 0, updated_at = :now WHERE source = :source AND target = :target")
    int requeue(@Bind("source") String source, @Bind("target") String target, @Bind("now") long now);

    @SqlQuery("SELECT * FROM webmentions WHERE source = :source AND target = :target")
    Optional<MentionRow> find(@Bind("source") String source, @Bind("target") String target);

    @SqlQuery("SELECT * FROM webmentions WHERE token = :token")
    Optional<MentionRow> byToken(@Bind("token") String token);

    @SqlQuery("SELECT * FROM webmentions WHERE id = :id")
    Optional<MentionRow> get(@Bind("id") long id);

    @SqlQuery("SELECT * FROM webmentions WHERE due_at IS NOT NULL AND due_at <= :now ORDER BY due_at, id LIMIT :limit")
    List<MentionRow> due(@Bind("now") long now, @Bind("limit") int limit);

    /** Takes a verification for one worker until {@code until}; 0 when another took it first. */
    @SqlUpdate("UPDATE webmentions SET due_at = :until WHERE id = :id AND due_at = :due")
    int lease(@Bind("id") long id, @Bind("due") long due, @Bind("until") long until);

    @SqlUpdate("UPDATE webmentions SET attempts = attempts + 1, message = :message, due_at = :next WHERE id = :id AND due_at = :leased")
    int retryAt(@Bind("id") long id, @Bind("leased") long leased, @Bind("next") long next, @Bind("message") String message);

    /** Records the outcome; a request that came in meanwhile (due_at moved) keeps the row queued. */
    @SqlUpdate("""
            UPDATE webmentions SET state = :state, kind = :kind, message = :message, author_name = :author,
                   author_url = :authorUrl, updated_at = :now,
                   due_at = CASE WHEN due_at = :leased THEN NULL ELSE due_at END
            WHERE id = :id""")
    void finish(@Bind("id") long id, @Bind("leased") long leased, @Bind("state") String state, @Bind("kind") String kind,
                @Bind("message") String message, @Bind("author") String author, @Bind("authorUrl") String authorUrl,
                @Bind("now") long now);

    @SqlUpdate("UPDATE webmentions SET comment_id = :commentId WHERE id = :id")
    void setComment(@Bind("id") long id, @Bind("commentId") Long commentId);

    @SqlUpdate("UPDATE webmentions SET counted_day = :day WHERE id = :id")
    void setCountedDay(@Bind("id") long id, @Bind("day") Long day);

    @SqlUpdate("UPDATE webmentions SET avatar = :avatar, avatar_type = :type WHERE id = :id")
    void setAvatar(@Bind("id") long id, @Bind("avatar") String avatar, @Bind("type") String type);

    @SqlQuery("""
            SELECT kind, COALESCE(author_name, '') AS name, COALESCE(author_url, source) AS url,
                   CASE WHEN avatar IS NULL THEN NULL ELSE '/api/v1/webmentions/' || token || '/avatar' END AS avatar
            FROM webmentions WHERE site = :site AND page = :page AND state = 'accepted' AND kind IN ('like', 'repost')
            ORDER BY id LIMIT 200""")
    List<Face> faces(@Bind("site") String site, @Bind("page") String page);

    @SqlQuery("SELECT * FROM webmentions WHERE comment_id = :commentId")
    Optional<MentionRow> ofComment(@Bind("commentId") long commentId);
}
