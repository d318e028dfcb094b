package dev.colophon.comments.internal.worker;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread that works through a queue in the database: every {@code poll} for retries, and
 * at once when woken after a commit (many wakes in a row run once). The outbox and the webmention queue
 * use it; what they do with a round is theirs.
 */
public final class Poller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);

    private final ScheduledExecutorService thread;
    private final AtomicBoolean woken = new AtomicBoolean();
    private final Runnable round;
    private final String what;

    /** @param poll how often to run a round; null to run only when woken */
    public Poller(String name, Duration poll, Runnable round) {
        this.round = round;
        this.what = name;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        if (poll != null) {
            thread.scheduleWithFixedDelay(this::runQuietly, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public void wake() {
        if (woken.compareAndSet(false, true)) {
            thread.execute(() -> {
                woken.set(false);
                runQuietly();
            });
        }
    }

    private void runQuietly() {
        try {
            round.run();
        } catch (RuntimeException e) {
            if (thread.isShutdown()) { // stopped mid-round: the lease runs out and the next start does it again
                LOG.info("{}: stopped during a round; what it did not finish stays queued", what);
            } else {
                LOG.error("{}: a round failed; the next one tries again", what, e);
            }
        }
    }

    /** Stops the thread; what it did not finish stays queued in the database for the next start. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
