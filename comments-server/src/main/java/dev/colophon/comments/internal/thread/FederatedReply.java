package dev.colophon.comments.internal.thread;

/**
 * A reply that arrived from the fediverse, to be stored as a comment like any other.
 *
 * @param parent the comment replied to, or null for a reply to the post itself
 * @param html the Note's content, not yet sanitized
 * @param text the same content as plain text (what moderators and filters read)
 * @param profileUrl the author's profile page, shown as the comment's website
 * @param apId the Note's id, by which its Update and Delete find it
 * @param serverHash a keyed hash of the author's server, standing where a reader's address would
 */
public record FederatedReply(String site, String page, Long parent, String author, String handle, String profileUrl,
                             String html, String text, String apId, String actor, String serverHash) {
}
