package dev.colophon.comments.store;

/** The moderation state of a comment, as stored. */
public final class Status {
    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final String SPAM = "spam";
    /** Removed, but kept as a placeholder while it has visible replies, so the tree stays whole. */
    public static final String DELETED = "deleted";

    private Status() {
    }
}
