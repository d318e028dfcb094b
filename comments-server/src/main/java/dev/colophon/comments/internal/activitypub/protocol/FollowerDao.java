package dev.colophon.comments.internal.activitypub.protocol;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Followers of the blog, and the accounts it follows; see {@code V14__activitypub.sql}. */
@RegisterConstructorMapper(Follower.class)
public interface FollowerDao {

    @SqlUpdate("""
            INSERT INTO ap_followers (actor, inbox, shared_inbox, handle, created_at)
            VALUES (:actor, :inbox, :sharedInbox, :handle, :createdAt)
            ON CONFLICT (actor) DO UPDATE SET inbox = excluded.inbox, shared_inbox = excluded.shared_inbox, handle = excluded.handle""")
    void save(@BindMethods Follower follower);

    @SqlUpdate("DELETE FROM ap_followers WHERE actor = :actor")
    int remove(@Bind("actor") String actor);

    @SqlQuery("SELECT * FROM ap_followers ORDER BY created_at DESC, actor LIMIT :limit OFFSET :offset")
    List<Follower> list(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT COUNT(*) FROM ap_followers")
    long count();

    /** Queues one delivery per follower inbox (shared inboxes once), in one statement however many followers. */
    @SqlUpdate("""
            INSERT INTO ap_deliveries (activity_id, inbox, attempts, due_at, created_at)
            SELECT :activity, box, 0, :now, :now FROM
              (SELECT DISTINCT COALESCE(shared_inbox, inbox) AS box FROM ap_followers) boxes""")
    int queueForAll(@Bind("activity") long activity, @Bind("now") long now);

    @SqlUpdate("""
            INSERT INTO ap_following (actor, inbox, follow_id, accepted, created_at) VALUES (:actor, :inbox, :followId, FALSE, :now)
            ON CONFLICT (actor) DO UPDATE SET follow_id = excluded.follow_id, inbox = excluded.inbox""")
    void follow(@Bind("actor") String actor, @Bind("inbox") String inbox, @Bind("followId") String followId, @Bind("now") long now);

    @SqlUpdate("UPDATE ap_following SET accepted = TRUE WHERE actor = :actor")
    int accepted(@Bind("actor") String actor);

    @SqlUpdate("DELETE FROM ap_following WHERE actor = :actor")
    int unfollowed(@Bind("actor") String actor);

    @SqlQuery("SELECT COUNT(*) FROM ap_following WHERE actor = :actor")
    int follows(@Bind("actor") String actor);

    @SqlQuery("SELECT COUNT(*) FROM ap_following WHERE accepted = TRUE")
    long followingCount();
}
