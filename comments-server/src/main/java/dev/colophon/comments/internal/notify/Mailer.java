package dev.colophon.comments.internal.notify;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.config.MailConfig;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.worker.Poller;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox: at once when woken after a commit, and every half minute for retries. An email is
 * leased before it is sent and deleted after, so instances sharing a database do not send it twice; a
 * sender that dies mid-send leaves it to be sent again when the lease ends (at least once, never lost).
 * A failed send is retried with growing pauses, up to a day.
 */
public final class Mailer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofSeconds(30);
    private static final int MAX_ATTEMPTS = 12;
    private static final int BATCH = 50;

    private final Database db;
    private final SmtpSender sender;
    private final Clock clock;
    private final Poller poller;

    public Mailer(Database db, MailConfig config, Clock clock) {
        this.db = db;
        this.sender = new SmtpSender(config);
        this.clock = clock;
        this.poller = new Poller("colophon-mailer", POLL, this::sendDue);
    }

    /** Sends what is due soon, without waiting for the next poll; many wakes in a row send once. */
    public void wake() {
        poller.wake();
    }

    /** Sends every email due now; returns how many were sent. Called by the worker, and by tests. */
    public synchronized int sendDue() {
        int sent = 0;
        List<QueuedEmail> due;
        do {
            long now = clock.millis();
            due = db.jdbi().withExtension(OutboxDao.class, dao -> dao.due(now, BATCH));
            for (QueuedEmail queued : due) {
                if (send(queued, now)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean send(QueuedEmail queued, long now) {
        long until = now + LEASE.toMillis();
        if (db.write(handle -> Daos.of(handle, OutboxDao.class).lease(queued.id(), queued.dueAt(), until)) == 0) {
            return false; // another instance took it
        }
        try {
            sender.send(queued.email(), now);
            db.execute(handle -> Daos.of(handle, OutboxDao.class).remove(queued.id()));
            return true;
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            int attempts = queued.attempts() + 1;
            if (attempts >= MAX_ATTEMPTS) {
                LOG.error("Giving up on an email to {} after {} attempts: {}", queued.recipient(), attempts, e.getMessage());
                db.execute(handle -> Daos.of(handle, OutboxDao.class).remove(queued.id()));
            } else {
                long pause = Math.min(Duration.ofMinutes(1).toMillis() << (attempts - 1), Duration.ofHours(6).toMillis());
                LOG.warn("Could not send an email to {} (attempt {}), trying again in {} s: {}", queued.recipient(), attempts,
                        pause / 1000, e.getMessage());
                db.execute(handle -> Daos.of(handle, OutboxDao.class).retryAt(queued.id(), now + pause));
            }
            return false;
        }
    }

    @Override
    public void close() {
        poller.close();
    }
}
