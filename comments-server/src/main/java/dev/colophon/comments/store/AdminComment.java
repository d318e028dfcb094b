package dev.colophon.comments.store;

/** A comment with its site and page, as moderators see it; {@code handle} marks a reply from the fediverse. */
public record AdminComment(long id, String site, String page, Long parentId, String status, String author,
                           String email, String website, String body, String html, int likes, long createdAt,
                           Long updatedAt, String handle) {
}
