package dev.colophon.comments.internal.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Dashboard sessions, by hash of the cookie value. */
public interface SessionDao {

    @SqlUpdate("INSERT INTO admin_sessions (token_hash, csrf_token, expires_at) VALUES (:hash, :csrf, :expires)")
    void insert(@Bind("hash") String tokenHash, @Bind("csrf") String csrf, @Bind("expires") long expiresAt);

    @SqlQuery("SELECT csrf_token FROM admin_sessions WHERE token_hash = :hash AND expires_at > :now")
    Optional<String> csrfOf(@Bind("hash") String tokenHash, @Bind("now") long now);

    @SqlUpdate("DELETE FROM admin_sessions WHERE token_hash = :hash OR expires_at <= :now")
    void delete(@Bind("hash") String tokenHash, @Bind("now") long now);
}
