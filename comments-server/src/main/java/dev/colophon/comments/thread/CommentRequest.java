package dev.colophon.comments.thread;

/**
 * A new comment or reply as posted by a reader.
 *
 * @param site which site the page belongs to; null means "default"
 * @param parent the id of the comment replied to, or null
 * @param hp the honeypot: a form field hidden from people, so only bots fill it
 */
public record CommentRequest(String page, String site, String body, String author, String email, String website,
                             Long parent, String hp) {
}
