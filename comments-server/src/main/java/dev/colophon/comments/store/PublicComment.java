package dev.colophon.comments.store;

/** The columns a public thread shows: never the email, body source, token or address hash.
 * {@code handle} is the fediverse account ({@code @alice@example.social}) of a reply that came from there, else null. */
public record PublicComment(long id, Long parentId, String status, String author, String website, String html,
                            int likes, long createdAt, Long updatedAt, String handle) {
}
