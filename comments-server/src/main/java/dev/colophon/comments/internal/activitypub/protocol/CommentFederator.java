package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.store.Daos;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.SettingDao;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * With {@code fediverse_federate_comments}, sends each approved comment on a published post to the
 * followers as a reply from the blog ({@code Create} of a {@code Note} in reply to the post, or to the
 * comment it answers, whose author's server gets it too). Comments approved before the setting was
 * first on stay home. Found by polling, so it needs no hook in moderation and misses none after a restart.
 */
public final class CommentFederator {
    static final String SINCE = "activitypub_federate_comments_since";
    private static final int BATCH = 100;

    /** An approved local comment on a published post. */
    public record LocalComment(long id, Long parentId, String author, String html, long createdAt, String postUrl,
                               String parentApId, String parentActor) {
    }

    /** See {@code V14__activitypub.sql}. */
    @RegisterConstructorMapper(LocalComment.class)
    public interface LocalCommentDao {
        @SqlQuery("""
                SELECT c.id, c.parent_id, c.author, c.html, c.created_at, p.url AS post_url,
                       parent.ap_id AS parent_ap_id, parent.ap_actor AS parent_actor
                FROM comments c JOIN threads t ON t.id = c.thread_id JOIN ap_posts p ON p.page = t.page
                LEFT JOIN comments parent ON parent.id = c.parent_id
                WHERE c.status = <approved> AND c.ap_id IS NULL AND c.ap_sent_at IS NULL AND c.created_at >= :since
                  AND t.site = 'default'
                ORDER BY c.id LIMIT :limit""")
        List<LocalComment> unsent(@Bind("since") long since, @Bind("limit") int limit);

        @SqlQuery("""
                SELECT c.id, c.parent_id, c.author, c.html, c.created_at, p.url AS post_url,
                       parent.ap_id AS parent_ap_id, parent.ap_actor AS parent_actor
                FROM comments c JOIN threads t ON t.id = c.thread_id JOIN ap_posts p ON p.page = t.page
                LEFT JOIN comments parent ON parent.id = c.parent_id
                WHERE c.id = :id AND c.status = <approved> AND c.ap_sent_at IS NOT NULL""")
        Optional<LocalComment> sent(@Bind("id") long id);

        @SqlUpdate("UPDATE comments SET ap_sent_at = :now WHERE id = :id")
        void markSent(@Bind("id") long id, @Bind("now") long now);

        @SqlQuery("SELECT inbox FROM ap_actors WHERE id = :actor")
        Optional<String> inboxOf(@Bind("actor") String actor);
    }

    private final Database db;
    private final ActivityJson json;
    private final Clock clock;
    private final boolean enabled;

    public CommentFederator(Database db, ActivityJson json, Clock clock, boolean enabled) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.enabled = enabled;
        if (enabled) {
            db.execute(handle -> Daos.of(handle, SettingDao.class).insertIfAbsent(SINCE, String.valueOf(clock.millis())));
        }
    }

    /** Queues the approved comments not sent yet; returns how many. */
    public int federateApproved() {
        if (!enabled) {
            return 0;
        }
        long since = Long.parseLong(db.jdbi().withExtension(SettingDao.class, dao -> dao.get(SINCE)).orElse("0"));
        List<LocalComment> unsent = db.jdbi().withExtension(LocalCommentDao.class, dao -> dao.unsent(since, BATCH));
        long now = clock.millis();
        db.execute(handle -> {
            LocalCommentDao comments = Daos.of(handle, LocalCommentDao.class);
            DeliveryDao queue = Daos.of(handle, DeliveryDao.class);
            for (LocalComment comment : unsent) {
                List<String> cc = new ArrayList<>(List.of(json.urls().followers()));
                if (comment.parentActor() != null) {
                    cc.add(comment.parentActor());
                }
                ObjectNode create = json.activity("Create", json.urls().comment(comment.id()) + "/create", note(comment, cc),
                        List.of(ActivityJson.PUBLIC), cc);
                long activity = queue.addActivity(create.toString(), now);
                Daos.of(handle, FollowerDao.class).queueForAll(activity, now);
                if (comment.parentActor() != null) {
                    comments.inboxOf(comment.parentActor()).ifPresent(inbox -> queue.queue(activity, inbox, now));
                }
                comments.markSent(comment.id(), now);
            }
        });
        return unsent.size();
    }

    /** A federated comment's Note, for {@code GET /ap/comments/N}. */
    public Optional<ObjectNode> note(long id) {
        return db.jdbi().withExtension(LocalCommentDao.class, dao -> dao.sent(id))
                .map(comment -> note(comment, List.of(json.urls().followers())));
    }

    private ObjectNode note(LocalComment comment, List<String> cc) {
        ObjectNode note = ActivityJson.MAPPER.createObjectNode();
        note.put("id", json.urls().comment(comment.id()));
        note.put("type", "Note");
        note.put("attributedTo", json.urls().actor());
        note.put("inReplyTo", comment.parentId() == null ? comment.postUrl()
                : comment.parentApId() != null ? comment.parentApId() : json.urls().comment(comment.parentId()));
        note.put("url", comment.postUrl() + "#comment-" + comment.id());
        note.put("published", Instant.ofEpochMilli(comment.createdAt()).toString());
        note.put("content", "<p><strong>" + org.jsoup.nodes.Entities.escape(comment.author()) + "</strong>:</p>" + comment.html());
        note.putArray("to").add(ActivityJson.PUBLIC);
        var ccArray = note.putArray("cc");
        cc.forEach(ccArray::add);
        return note;
    }
}
