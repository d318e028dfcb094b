package dev.colophon.comments.store;

/**
 * A comment with its site and page, as moderators see it.
 *
 * @param source the webmention source URL of a reply written on another site, or null
 * @param handle the fediverse account ({@code @alice@example.social}) of a reply from there, or null
 */
public record AdminComment(long id, String site, String page, Long parentId, String status, String author,
                           String email, String website, String body, String html, int likes, long createdAt,
                           Long updatedAt, String source, String handle) {
}
