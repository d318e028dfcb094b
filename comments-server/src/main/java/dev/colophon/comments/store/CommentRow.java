package dev.colophon.comments.store;

/** One row of the comments table. Times are epoch milliseconds. */
public record CommentRow(
        long id,
        long threadId,
        Long parentId,
        int depth,
        Status status,
        String author,
        String email,
        String website,
        String body,
        String html,
        String editTokenHash,
        String addressHash,
        int likes,
        long createdAt,
        Long updatedAt,
        boolean notifyReplies) {
}
