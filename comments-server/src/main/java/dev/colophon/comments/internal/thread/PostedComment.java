package dev.colophon.comments.internal.thread;

import dev.colophon.comments.internal.store.Status;

/**
 * The answer to a new comment: the stored comment and the secret that lets its author edit or delete it.
 *
 * @param body the author's Markdown, for their own editing
 * @param status {@code pending} until approved under pre-moderation, else {@code approved}
 * @param token shown once; only its hash is stored
 * @param editableUntil ISO-8601 instant after which the token no longer edits
 * @param owner posted by the site's owner, logged in (the "author" badge)
 */
public record PostedComment(long id, Long parent, String page, Status status, String author, String website,
                            String body, String html, String created, int likes, String token, String editableUntil,
                            boolean owner) {
}
