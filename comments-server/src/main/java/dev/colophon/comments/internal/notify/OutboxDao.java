package dev.colophon.comments.internal.notify;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Emails waiting to be sent; see {@code V5__notifications.sql}. */
@RegisterConstructorMapper(QueuedEmail.class)
public interface OutboxDao {

    @SqlUpdate("""
            INSERT INTO outbox (recipient, subject, body, unsubscribe, attempts, due_at, created_at)
            VALUES (:recipient, :subject, :body, :unsubscribe, 0, :now, :now)""")
    void add(@BindMethods Email email, @Bind("now") long now);

    @SqlQuery("SELECT * FROM outbox WHERE due_at <= :now ORDER BY due_at, id LIMIT :limit")
    List<QueuedEmail> due(@Bind("now") long now, @Bind("limit") int limit);

    /** Takes an email for one sender until {@code until}; 0 when another sender took it first. */
    @SqlUpdate("UPDATE outbox SET due_at = :until WHERE id = :id AND due_at = :due")
    int lease(@Bind("id") long id, @Bind("due") long due, @Bind("until") long until);

    @SqlUpdate("UPDATE outbox SET attempts = attempts + 1, due_at = :next WHERE id = :id")
    void retryAt(@Bind("id") long id, @Bind("next") long next);

    @SqlUpdate("DELETE FROM outbox WHERE id = :id")
    void remove(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM outbox")
    int size();
}
