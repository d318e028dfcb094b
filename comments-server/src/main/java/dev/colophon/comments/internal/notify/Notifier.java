package dev.colophon.comments.internal.notify;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.config.MailConfig;
import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.store.CommentDao;
import dev.colophon.comments.internal.store.CommentRow;
import dev.colophon.comments.internal.store.Status;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Decides who hears of a comment and puts their email in the outbox, inside the transaction that
 * stored or approved it: the author of the comment replied to (when they asked, confirmed their
 * address, and it is not their own reply), and the site owner on every new comment and on every edit
 * that sends an approved comment back to moderation. An address asks
 * to confirm once (double opt-in: nobody can sign up somebody else's). {@link #afterCommit} wakes
 * the mailer.
 */
public final class Notifier {
    private static final long ASK_AGAIN_AFTER_MS = Duration.ofDays(1).toMillis();

    private final MailConfig mail;
    private final String siteOrigin;
    private final VisitorIds ids;
    private final Mailer mailer;
    private final Clock clock;

    /**
     * @param siteOrigin where pages live, for links to them (the first configured origin)
     * @param mailer the sender to wake, or null when mail is off
     */
    public Notifier(MailConfig mail, String siteOrigin, VisitorIds ids, Mailer mailer, Clock clock) {
        this.mail = mail;
        this.siteOrigin = siteOrigin;
        this.ids = ids;
        this.mailer = mailer;
        this.clock = clock;
    }

    public boolean enabled() {
        return mail.enabled();
    }

    /** A reader asked for reply emails: an address not confirmed yet is asked to confirm, at most daily. */
    public void repliesRequested(Handle handle, CommentRow comment, String page) {
        if (!mail.enabled() || !comment.notifyReplies() || comment.email() == null) {
            return;
        }
        String email = comment.email().toLowerCase(Locale.ROOT);
        MailAddressDao addresses = Daos.of(handle, MailAddressDao.class);
        Optional<Long> asked = addresses.askedAt(email);
        long now = clock.millis();
        if (asked.isPresent() && (asked.get() < 0 || now - asked.get() < ASK_AGAIN_AFTER_MS)) {
            return; // confirmed, or asked in the last day
        }
        addresses.asked(email, now);
        String body = "Someone, probably you, asked to be emailed when there are replies to a comment on "
                + siteOrigin + page + ".\n\nTo get these emails, confirm here: " + link("confirm", comment.email())
                + "\n\nIf it was not you, ignore this email: nothing more will be sent.\n";
        Daos.of(handle, OutboxDao.class).add(new Email(comment.email(), "Confirm reply emails for " + siteOrigin, body, null), now);
    }

    /** A reply became visible to readers: its parent's author hears of it if they asked and confirmed. */
    public void replyVisible(Handle handle, CommentRow reply, String page) {
        if (!mail.enabled() || reply.parentId() == null) {
            return;
        }
        CommentRow parent = Daos.of(handle, CommentDao.class).get(reply.parentId()).orElse(null);
        if (parent == null || !parent.notifyReplies() || parent.email() == null || parent.status() != Status.APPROVED
                || parent.email().equalsIgnoreCase(reply.email() == null ? "" : reply.email())
                || Daos.of(handle, MailAddressDao.class).askedAt(parent.email().toLowerCase(Locale.ROOT)).orElse(0L) >= 0) {
            return; // not asked for, their own reply, or the address is not confirmed
        }
        String link = siteOrigin + page + "#comment-" + reply.id();
        String unsubscribe = link("unsubscribe", parent.email());
        String body = reply.author() + " replied to your comment on " + siteOrigin + page + ":\n\n"
                + indent(reply.body()) + "\n\nRead it and answer: " + link + "\n\n-- \n"
                + "You get this because you asked to hear of replies to your comment.\n"
                + "Stop these emails: " + unsubscribe + "\n";
        Daos.of(handle, OutboxDao.class).add(new Email(parent.email(), "New reply to your comment on " + page, body, unsubscribe),
                clock.millis());
    }

    /** A comment arrived: the site owner hears of it, with what moderation it awaits. */
    public void newComment(Handle handle, CommentRow comment, String page) {
        boolean pending = comment.status() == Status.PENDING;
        toOwner(handle, comment, page, (pending ? "Comment to moderate on " : "New comment on ") + page,
                pending ? "It awaits moderation." : "It is published.");
    }

    /**
     * An approved comment was edited and went back to the queue (an edit is a new submission): the owner
     * hears of it as of a new held comment, since readers no longer see it until it is approved again.
     */
    public void editedToModerate(Handle handle, CommentRow comment, String page) {
        toOwner(handle, comment, page, "Edited comment to moderate on " + page,
                "It was approved; its author edited it, so it is hidden and awaits moderation again.");
    }

    private void toOwner(Handle handle, CommentRow comment, String page, String subject, String state) {
        if (!mail.enabled() || mail.ownerEmail() == null) {
            return;
        }
        boolean pending = comment.status() == Status.PENDING;
        String from = comment.author() + (comment.email() == null ? "" : " <" + comment.email() + ">")
                + (comment.website() == null ? "" : " (" + comment.website() + ")");
        String body = "From: " + from + "\nOn: " + siteOrigin + page + "#comment-" + comment.id() + "\n\n"
                + indent(comment.body()) + "\n\n" + state + "\n"
                + (pending ? "Approve: " + moderationLink("approve", comment.id()) + "\n" : "")
                + "Delete: " + moderationLink("delete", comment.id()) + "\n"
                + "All comments: " + mail.publicUrl() + "/admin/\n";
        Daos.of(handle, OutboxDao.class).add(new Email(mail.ownerEmail(), subject, body, null), clock.millis());
    }

    /** Called after the transaction that queued emails committed. */
    public void afterCommit() {
        if (mailer != null) {
            mailer.wake();
        }
    }

    public String unsubscribeUrl(String email) {
        return link("unsubscribe", email);
    }

    /** A link the server will recognise as its own: {@code /unsubscribe} or {@code /confirm}, signed for one address. */
    private String link(String action, String email) {
        return mail.publicUrl() + "/" + action + "?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&token=" + token(action, email);
    }

    /** A link that approves or deletes one comment without logging in: only the owner's inbox has it. */
    String moderationLink(String action, long id) {
        return mail.publicUrl() + "/moderate?id=" + id + "&action=" + action + "&token=" + token(action, "comment " + id);
    }

    public boolean isValid(String action, long commentId, String token) {
        return isValid(action, "comment " + commentId, token);
    }

    public boolean isValid(String action, String email, String token) {
        return email != null && token != null && MessageDigest.isEqual(
                token(action, email).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private String token(String action, String email) {
        return ids.sign(action + ":" + email.toLowerCase(Locale.ROOT));
    }

    private static String indent(String text) {
        return "    " + text.strip().replace("\n", "\n    ");
    }
}
