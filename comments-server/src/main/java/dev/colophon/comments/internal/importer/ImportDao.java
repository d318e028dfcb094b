package dev.colophon.comments.internal.importer;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Imported comments, keyed by where they came from; see {@code V7__imported_comments.sql}. */
@RegisterConstructorMapper(ImportDao.Stored.class)
public interface ImportDao {

    /** An imported comment as stored here. */
    record Stored(long id, int depth) {
    }

    /** A row for an imported comment, with no edit token and no address: nobody can edit it as its author. */
    record Row(long threadId, Long parentId, int depth, String status, String author, String email, String website,
               String body, String html, long createdAt, String origin) {
    }

    /** Inserts unless a comment of the same origin is there already; 1 when inserted. */
    @SqlUpdate("""
            INSERT INTO comments (thread_id, parent_id, depth, status, author, email, website, body, html,
                                  edit_token_hash, address_hash, likes, created_at, notify_replies, origin)
            VALUES (:threadId, :parentId, :depth, :status, :author, :email, :website, :body, :html,
                    '', '', 0, :createdAt, FALSE, :origin)
            ON CONFLICT (origin) DO NOTHING""")
    int insert(@BindMethods Row row);

    @SqlQuery("SELECT id, depth FROM comments WHERE origin = :origin")
    Optional<Stored> find(@Bind("origin") String origin);
}
