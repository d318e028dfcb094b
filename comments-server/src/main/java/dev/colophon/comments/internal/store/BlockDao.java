package dev.colophon.comments.internal.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Blocked authors. */
public interface BlockDao {

    @SqlUpdate("INSERT INTO blocks (kind, value, created_at) VALUES (:kind, :value, :now) ON CONFLICT (kind, value) DO NOTHING")
    int insert(@Bind("kind") String kind, @Bind("value") String value, @Bind("now") long now);

    @SqlQuery("SELECT * FROM blocks ORDER BY id")
    List<BlockRow> list();

    @SqlUpdate("DELETE FROM blocks WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlUpdate("UPDATE blocks SET value = :current WHERE kind = 'address' AND value = :previous")
    int rekey(@Bind("previous") String previous, @Bind("current") String current);

    /** Whether an email or an address hash is blocked; also read by the spam filter's lookups. */
    String MATCHES = "SELECT COUNT(*) FROM blocks WHERE (kind = 'email' AND value = :email) OR (kind = 'address' AND value = :address)";

    @SqlQuery(MATCHES)
    int matches(@Bind("email") String email, @Bind("address") String addressHash);
}
