package dev.colophon.comments.internal.notify;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.config.MailConfig;
import dev.colophon.comments.internal.spam.SpamDao;
import dev.colophon.comments.internal.store.AdminComment;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.Status;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner's daily digest of what was held: yesterday's (UTC) comments awaiting moderation, with
 * approve links, and those sorted to spam, with their scores and first reason, so that a good comment
 * the filter took for spam is not lost unseen. One instance sends it: the day is claimed in the
 * database first. Sent only with mail on and {@code notify_email} set, and only when something was held.
 */
public final class HeldDigest implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeldDigest.class);
    private static final int MAX_LISTED = 30;
    private static final long DAY_MS = 86_400_000L;

    private final Database db;
    private final MailConfig mail;
    private final Notifier notifier;
    private final Clock clock;
    private final ScheduledExecutorService worker;

    public HeldDigest(Database db, MailConfig mail, Notifier notifier, Clock clock) {
        this.db = db;
        this.mail = mail;
        this.notifier = notifier;
        this.clock = clock;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "colophon-digest");
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(this::sendQuietly, 1, 60, TimeUnit.MINUTES);
    }

    /** Queues yesterday's digest unless it was queued already; returns whether this call queued it. */
    public boolean queueYesterday() {
        if (!mail.enabled() || mail.ownerEmail() == null) {
            return false;
        }
        LocalDate yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        long from = yesterday.toEpochDay() * DAY_MS;
        boolean queued = db.write(handle -> {
            if (Daos.of(handle, SpamDao.class).claim("digest:" + yesterday, String.valueOf(clock.millis())) == 0) {
                return false;
            }
            List<AdminComment> held = Daos.of(handle, SpamDao.class).held(from, from + DAY_MS);
            if (held.isEmpty()) {
                return false;
            }
            Daos.of(handle, OutboxDao.class).add(new Email(mail.ownerEmail(), subject(held, yesterday), body(held, yesterday), null),
                    clock.millis());
            return true;
        });
        if (queued) {
            notifier.afterCommit();
        }
        return queued;
    }

    private static String subject(List<AdminComment> held, LocalDate day) {
        long pending = held.stream().filter(c -> c.status() == Status.PENDING).count();
        return "Held on " + day + ": " + pending + " awaiting moderation, " + (held.size() - pending) + " spam";
    }

    private String body(List<AdminComment> held, LocalDate day) {
        StringBuilder text = new StringBuilder("Comments held on " + day + " (UTC).\n");
        for (Status status : List.of(Status.PENDING, Status.SPAM)) {
            List<AdminComment> some = held.stream().filter(c -> c.status() == status).toList();
            text.append("\n").append(status == Status.PENDING ? "Awaiting moderation" : "Sorted to spam")
                    .append(" (").append(some.size()).append("):\n");
            some.stream().limit(MAX_LISTED).forEach(c -> {
                text.append("\n#").append(c.id()).append(" on ").append(c.page()).append(" by ").append(c.author())
                        .append(c.spamScore() == null ? "" : String.format(Locale.ROOT, " (spam score %.2f)", c.spamScore())).append("\n")
                        .append("    ").append(excerpt(c.body())).append("\n")
                        .append("    Approve: ").append(notifier.moderationLink("approve", c.id())).append("\n");
            });
            if (some.size() > MAX_LISTED) {
                text.append("\n... and ").append(some.size() - MAX_LISTED).append(" more.\n");
            }
        }
        return text.append("\nAll of them, with the reasons for each score: ").append(mail.publicUrl()).append("/admin/\n").toString();
    }

    private static String excerpt(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    private void sendQuietly() {
        try {
            queueYesterday();
        } catch (RuntimeException e) {
            LOG.error("Could not queue the daily digest; the next hour tries again", e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
