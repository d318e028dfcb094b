package dev.colophon.comments.internal.store;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Likes: at most one per visitor hash and comment. */
public interface VoteDao {

    /** Returns 1 for a new vote, 0 when this visitor already voted. */
    @SqlUpdate("INSERT INTO votes (comment_id, voter, created_at) VALUES (:id, :voter, :now) ON CONFLICT DO NOTHING")
    int vote(@Bind("id") long commentId, @Bind("voter") String voter, @Bind("now") long now);

    /** Returns 1 when this visitor's vote was taken back, 0 when there was none (or it was another day's). */
    @SqlUpdate("DELETE FROM votes WHERE comment_id = :id AND voter = :voter")
    int unvote(@Bind("id") long commentId, @Bind("voter") String voter);
}
