package dev.colophon.comments.internal.notify;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Addresses asked to confirm reply emails, and those that did; see {@code V6__mail_confirmations.sql}. */
public interface MailAddressDao {

    /** When the address was last asked to confirm, if ever; -1 once it is confirmed. */
    @SqlQuery("SELECT CASE WHEN confirmed_at IS NULL THEN asked_at ELSE -1 END FROM mail_addresses WHERE email = :email")
    Optional<Long> askedAt(@Bind("email") String email);

    @SqlUpdate("""
            INSERT INTO mail_addresses (email, asked_at) VALUES (:email, :now)
            ON CONFLICT (email) DO UPDATE SET asked_at = excluded.asked_at""")
    void asked(@Bind("email") String email, @Bind("now") long now);

    @SqlUpdate("""
            INSERT INTO mail_addresses (email, asked_at, confirmed_at) VALUES (:email, :now, :now)
            ON CONFLICT (email) DO UPDATE SET confirmed_at = excluded.confirmed_at""")
    void confirm(@Bind("email") String email, @Bind("now") long now);
}
