package dev.colophon.comments.internal.activitypub.protocol;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The durable delivery queue; see {@code V14__activitypub.sql}. */
@RegisterConstructorMapper(QueuedDelivery.class)
public interface DeliveryDao {

    @SqlUpdate("INSERT INTO ap_activities (body, created_at) VALUES (:body, :now)")
    @GetGeneratedKeys("id")
    long addActivity(@Bind("body") String body, @Bind("now") long now);

    @SqlUpdate("INSERT INTO ap_deliveries (activity_id, inbox, attempts, due_at, created_at) VALUES (:activity, :inbox, 0, :now, :now)")
    void queue(@Bind("activity") long activity, @Bind("inbox") String inbox, @Bind("now") long now);

    /**
     * Leases up to {@code limit} due deliveries for one sender. The repeated {@code due_at <= :now} makes
     * PostgreSQL skip rows another instance leased in the meantime (it re-checks them after the other commit).
     */
    @SqlUpdate("""
            UPDATE ap_deliveries SET lease = :lease, due_at = :until
            WHERE id IN (SELECT id FROM ap_deliveries WHERE due_at <= :now ORDER BY due_at, id LIMIT :limit)
              AND due_at <= :now""")
    int lease(@Bind("lease") String lease, @Bind("now") long now, @Bind("until") long until, @Bind("limit") int limit);

    @SqlQuery("""
            SELECT d.id, d.activity_id, d.inbox, d.attempts, a.body FROM ap_deliveries d
            JOIN ap_activities a ON a.id = d.activity_id WHERE d.lease = :lease""")
    List<QueuedDelivery> leased(@Bind("lease") String lease);

    @SqlUpdate("DELETE FROM ap_deliveries WHERE id IN (<ids>)")
    int done(@BindList("ids") List<Long> ids);

    @SqlBatch("UPDATE ap_deliveries SET attempts = attempts + 1, due_at = :next, lease = NULL WHERE id = :id")
    void retryAt(@Bind("id") List<Long> ids, @Bind("next") List<Long> next);

    /** Activities no delivery needs any more. */
    @SqlUpdate("""
            DELETE FROM ap_activities WHERE created_at < :before
              AND NOT EXISTS (SELECT 1 FROM ap_deliveries d WHERE d.activity_id = ap_activities.id)""")
    int forgetDelivered(@Bind("before") long before);

    @SqlQuery("SELECT COUNT(*) FROM ap_deliveries")
    long size();
}
