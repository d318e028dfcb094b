package dev.colophon.comments.internal.webmention.verification;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.MentionRow;
import dev.colophon.comments.internal.store.WebmentionDao;
import dev.colophon.comments.internal.worker.Poller;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies queued webmentions, as the mailer sends the outbox: at once when woken by a new request,
 * and every half minute for retries. A row is leased before its source is fetched, so instances sharing a
 * database do not verify it twice, and one left by a stopped instance is taken up when its lease ends.
 * An unreachable source is tried again with growing pauses, for about a day.
 */
public final class WebmentionWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebmentionWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofSeconds(30);
    private static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 20;

    private final Database db;
    private final SourceVerifier verifier;
    private final MentionApplier applier;
    private final Clock clock;
    private final Poller poller;

    public WebmentionWorker(Database db, SourceVerifier verifier, MentionApplier applier, Clock clock, boolean poll) {
        this.db = db;
        this.verifier = verifier;
        this.applier = applier;
        this.clock = clock;
        this.poller = new Poller("colophon-webmentions", poll ? POLL : null, this::verifyDue);
    }

    /** Verifies what is due soon, without waiting for the next poll; many wakes in a row verify once. */
    public void wake() {
        poller.wake();
    }

    /** Verifies every webmention due now; returns how many were finished. Called by the worker, and by tests. */
    public synchronized int verifyDue() {
        int done = 0;
        List<MentionRow> due;
        do {
            long now = clock.millis();
            due = db.jdbi().withExtension(WebmentionDao.class, dao -> dao.due(now, BATCH));
            for (MentionRow row : due) {
                if (verify(row, now)) {
                    done++;
                }
            }
        } while (due.size() == BATCH);
        return done;
    }

    private boolean verify(MentionRow row, long now) {
        long until = now + LEASE.toMillis();
        if (db.write(handle -> Daos.of(handle, WebmentionDao.class).lease(row.id(), row.dueAt(), until)) == 0) {
            return false; // another instance took it
        }
        Verdict verdict = verifier.verify(row);
        if (verdict.outcome() == Verdict.Outcome.RETRY && row.attempts() + 1 < MAX_ATTEMPTS) {
            long pause = Math.min(Duration.ofMinutes(1).toMillis() << row.attempts(), Duration.ofHours(6).toMillis());
            LOG.info("Webmention from {} not verified (attempt {}), trying again in {} s: {}", row.source(),
                    row.attempts() + 1, pause / 1000, verdict.message());
            db.execute(handle -> Daos.of(handle, WebmentionDao.class).retryAt(row.id(), until, now + pause, verdict.message()));
            return false;
        }
        if (verdict.outcome() == Verdict.Outcome.RETRY && MentionRow.ACCEPTED.equals(row.state())) {
            applier.keep(row, until, "kept as it was; the source could not be reached: " + verdict.message());
            return true; // an update that never came through takes nothing away
        }
        applier.apply(row, verdict.outcome() == Verdict.Outcome.RETRY
                ? new Verdict(Verdict.Outcome.REFUSE, "gave up: " + verdict.message(), null) : verdict, until);
        return true;
    }

    @Override
    public void close() {
        poller.close();
    }
}
