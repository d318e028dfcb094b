package dev.colophon.comments.internal.store;

/** One row of the webmentions table; see {@code V9__webmentions.sql}. Times are epoch milliseconds. */
public record MentionRow(long id, String token, String source, String target, String site, String page, String state,
                         String kind, String message, Long commentId, String authorName, String authorUrl,
                         String avatar, String avatarType, Long countedDay, int attempts, Long dueAt, long createdAt,
                         long updatedAt) {

    public static final String QUEUED = "queued";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
    public static final String REMOVED = "removed";
}
