package dev.colophon.comments.internal.notify;

/** An email waiting in the outbox. */
public record QueuedEmail(long id, String recipient, String subject, String body, String unsubscribe, int attempts,
                          long dueAt, long createdAt) {

    Email email() {
        return new Email(recipient, subject, body, unsubscribe);
    }
}
