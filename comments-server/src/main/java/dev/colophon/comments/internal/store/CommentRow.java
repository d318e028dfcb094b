package dev.colophon.comments.internal.store;

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

    /** This row as stored under {@code newId}: what the database assigned on insert. */
    public CommentRow withId(long newId) {
        return new CommentRow(newId, threadId, parentId, depth, status, author, email, website, body, html, editTokenHash,
                addressHash, likes, createdAt, updatedAt, notifyReplies);
    }
}
