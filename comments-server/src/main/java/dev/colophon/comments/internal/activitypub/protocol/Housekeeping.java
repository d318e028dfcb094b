package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.store.Database;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the delivery worker clears on each round, so that the federation tables do not grow without end:
 * signatures past their window, received activity ids older than {@link #REMEMBER_RECEIVED} (a
 * redelivery later than that is rare and would be applied again harmlessly for likes and follows), and
 * sent activities no delivery needs.
 */
public final class Housekeeping implements Runnable {
    static final Duration REMEMBER_RECEIVED = Duration.ofDays(30);
    static final Duration KEEP_SENT = Duration.ofDays(1);

    /** See {@code V14__activitypub.sql}. */
    public interface HousekeepingDao {
        @SqlUpdate("DELETE FROM ap_signatures WHERE expires_at < :now")
        int expireSignatures(@Bind("now") long now);

        @SqlUpdate("DELETE FROM ap_inbox WHERE received_at < :before")
        int forgetReceived(@Bind("before") long before);
    }

    private final Database db;
    private final Clock clock;

    public Housekeeping(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void run() {
        long now = clock.millis();
        db.execute(handle -> {
            HousekeepingDao dao = Daos.of(handle, HousekeepingDao.class);
            dao.expireSignatures(now);
            dao.forgetReceived(now - REMEMBER_RECEIVED.toMillis());
            Daos.of(handle, DeliveryDao.class).forgetDelivered(now - KEEP_SENT.toMillis());
        });
    }
}
