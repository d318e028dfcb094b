package dev.colophon.comments.internal.store;

/**
 * The columns a public thread shows: never the email, body source, token or address hash.
 *
 * @param source the page on another site this reply was written on (a webmention), or null
 * @param avatar a path on this server for that author's photo, or null
 * @param handle the fediverse account ({@code @alice@example.social}) of a reply from there, or null
 * @param byOwner written by the site's owner, logged in
 */
public record PublicComment(long id, Long parentId, Status status, String author, String website, String html,
                            int likes, long createdAt, Long updatedAt, String source, String avatar, String handle,
                            boolean byOwner) {
}
