package dev.colophon.comments.internal.spam;

/**
 * A comment as it arrives, from the widget, the API, an edit or a web reply: what the spam filter reads.
 *
 * @param elapsedMs milliseconds from the page's load to the submit, as the widget measured them; null when not sent
 * @param honeypot whether the form field hidden from people was filled
 * @param addressHash the keyed hash of the sender's address (for the block list)
 */
public record Submission(String site, String page, String body, String author, String email, String website,
                         Long elapsedMs, boolean honeypot, String addressHash) {
}
