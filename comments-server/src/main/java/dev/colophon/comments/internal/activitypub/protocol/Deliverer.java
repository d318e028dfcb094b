package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.worker.Poller;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the delivery queue on a {@link Poller}, as the mailer sends the email outbox: woken after a commit that queued
 * something and every half minute for retries. Deliveries are leased in batches before they are sent and
 * deleted after, so instances sharing a database do not send one twice and a sender that dies leaves its
 * batch to be sent again when the lease ends (at least once, never lost). A batch is sent concurrently
 * (at most {@link #IN_FLIGHT} requests at once), each request signed. A failed delivery is retried with
 * growing pauses for about a day; an inbox that answers 4xx (but 408 and 429) or 410 is not retried.
 */
public final class Deliverer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Deliverer.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofSeconds(30);
    private static final int MAX_ATTEMPTS = 12;
    private static final int BATCH = 256;
    static final int IN_FLIGHT = 64;

    private final Database db;
    private final RemoteHttp http;
    private final HttpSigner signer;
    private final Clock clock;
    private final Runnable housekeeping;
    private final String instance = Long.toHexString(new java.security.SecureRandom().nextLong());
    private final AtomicLong leases = new AtomicLong();
    private final Poller poller;

    public Deliverer(Database db, RemoteHttp http, HttpSigner signer, Clock clock, Runnable housekeeping, boolean background) {
        this.db = db;
        this.http = http;
        this.signer = signer;
        this.clock = clock;
        this.housekeeping = housekeeping;
        // without background, nothing runs by itself: tests send the queue by hand with deliverDue()
        this.poller = background ? new Poller("colophon-federation", POLL, this::round) : null;
    }

    /** Sends what is due without waiting for the next poll; many wakes in a row send once. */
    public void wake() {
        if (poller != null) {
            poller.wake();
        }
    }

    /** Sends every delivery due now; returns how many inboxes took theirs. */
    public synchronized int deliverDue() {
        int delivered = 0;
        while (true) {
            long now = clock.millis();
            String lease = instance + "-" + leases.incrementAndGet();
            int taken = db.write(handle -> Daos.of(handle, DeliveryDao.class).lease(lease, now, now + LEASE.toMillis(), BATCH));
            if (taken == 0) {
                return delivered;
            }
            delivered += send(db.jdbi().withExtension(DeliveryDao.class, dao -> dao.leased(lease)), now);
        }
    }

    private int send(List<QueuedDelivery> batch, long now) {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Integer>> answers = new ArrayList<>(batch.size());
        for (QueuedDelivery delivery : batch) {
            slots.acquireUninterruptibly();
            CompletableFuture<Integer> answer;
            try {
                URI inbox = URI.create(delivery.inbox());
                byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
                Map<String, String> headers = new java.util.LinkedHashMap<>(signer.sign("POST", inbox, body));
                headers.put("Content-Type", ActivityJson.MEDIA_TYPE);
                answer = http.post(inbox, headers, body);
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            answers.add(answer.whenComplete((status, error) -> slots.release()));
        }
        List<Long> finished = new ArrayList<>();
        List<Long> retried = new ArrayList<>();
        List<Long> retryAt = new ArrayList<>();
        int delivered = 0;
        for (int i = 0; i < batch.size(); i++) {
            QueuedDelivery delivery = batch.get(i);
            Outcome outcome = outcome(answers.get(i), delivery);
            if (outcome == Outcome.DELIVERED) {
                delivered++;
            }
            if (outcome == Outcome.RETRY && delivery.attempts() + 1 < MAX_ATTEMPTS) {
                retried.add(delivery.id());
                retryAt.add(now + pause(delivery.attempts() + 1));
            } else {
                finished.add(delivery.id());
            }
        }
        db.execute(handle -> {
            DeliveryDao dao = Daos.of(handle, DeliveryDao.class);
            if (!finished.isEmpty()) {
                dao.done(finished);
            }
            if (!retried.isEmpty()) {
                dao.retryAt(retried, retryAt);
            }
        });
        return delivered;
    }

    private enum Outcome { DELIVERED, RETRY, REFUSED }

    private static Outcome outcome(CompletableFuture<Integer> answer, QueuedDelivery delivery) {
        try {
            int status = answer.get(2, TimeUnit.MINUTES);
            if (status / 100 == 2) {
                return Outcome.DELIVERED;
            }
            boolean permanent = status / 100 == 4 && status != 408 && status != 429;
            LOG.warn("Inbox {} answered {} (attempt {}){}", delivery.inbox(), status, delivery.attempts() + 1,
                    permanent ? "; not retried" : "");
            return permanent ? Outcome.REFUSED : Outcome.RETRY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.RETRY;
        } catch (Exception e) {
            LOG.warn("Could not deliver to {} (attempt {}): {}", delivery.inbox(), delivery.attempts() + 1,
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            return Outcome.RETRY;
        }
    }

    /** One minute after the first failure, doubling up to six hours: about a day and a half in all. */
    static long pause(int attempts) {
        return Math.min(Duration.ofMinutes(1).toMillis() << Math.min(attempts - 1, 20), Duration.ofHours(6).toMillis());
    }

    private void round() {
        housekeeping.run(); // may queue deliveries (approved comments), sent right after
        deliverDue();
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.close();
        }
    }
}
