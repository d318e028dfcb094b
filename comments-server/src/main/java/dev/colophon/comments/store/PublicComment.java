package dev.colophon.comments.store;

/** The columns a public thread shows: never the email, body source, token or address hash. */
public record PublicComment(long id, Long parentId, String status, String author, String website, String html,
                            int likes, long createdAt, Long updatedAt) {
}
