package dev.colophon.comments.internal.activitypub.protocol;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Likes and boosts from the fediverse, by activity id; see {@code V14__activitypub.sql}. */
public interface FediverseReactionDao {

    @SqlUpdate("""
            INSERT INTO ap_reactions (activity, kind, actor, site, page, created_at)
            VALUES (:activity, :kind, :actor, :site, :page, :now) ON CONFLICT DO NOTHING""")
    int add(@Bind("activity") String activity, @Bind("kind") String kind, @Bind("actor") String actor,
            @Bind("site") String site, @Bind("page") String page, @Bind("now") long now);

    @SqlQuery("SELECT page FROM ap_reactions WHERE activity = :activity AND actor = :actor AND kind = :kind")
    Optional<String> pageOf(@Bind("activity") String activity, @Bind("actor") String actor, @Bind("kind") String kind);

    @SqlQuery("SELECT created_at FROM ap_reactions WHERE activity = :activity AND actor = :actor")
    Optional<Long> createdAtOf(@Bind("activity") String activity, @Bind("actor") String actor);

    @SqlUpdate("DELETE FROM ap_reactions WHERE activity = :activity AND actor = :actor")
    int remove(@Bind("activity") String activity, @Bind("actor") String actor);

    @SqlUpdate("DELETE FROM page_reactions WHERE site = :site AND page = :page AND voter = :voter")
    int removePageReaction(@Bind("site") String site, @Bind("page") String page, @Bind("voter") String voter);

    @SqlQuery("SELECT COUNT(*) FROM ap_reactions WHERE kind = :kind")
    long total(@Bind("kind") String kind);

    @SqlQuery("SELECT COUNT(*) FROM ap_reactions WHERE kind = :kind AND site = :site AND page = :page")
    int count(@Bind("kind") String kind, @Bind("site") String site, @Bind("page") String page);

    @SqlQuery("SELECT COUNT(*) FROM comments WHERE ap_id IS NOT NULL")
    long replies();

    @SqlUpdate("INSERT INTO ap_inbox (activity, type, actor, received_at) VALUES (:activity, :type, :actor, :now) ON CONFLICT DO NOTHING")
    int received(@Bind("activity") String activity, @Bind("type") String type, @Bind("actor") String actor, @Bind("now") long now);

    @SqlQuery("SELECT COUNT(*) FROM ap_inbox WHERE type = :type AND actor = :actor")
    int receivedFrom(@Bind("type") String type, @Bind("actor") String actor);
}
