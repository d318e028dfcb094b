package dev.colophon.comments.internal.notify;

/**
 * One email to send: plain text.
 *
 * @param unsubscribe a URL that stops such emails (sent as List-Unsubscribe), or null
 */
public record Email(String recipient, String subject, String body, String unsubscribe) {
}
