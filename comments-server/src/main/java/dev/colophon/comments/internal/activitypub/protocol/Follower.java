package dev.colophon.comments.internal.activitypub.protocol;

/** An account following the blog. */
public record Follower(String actor, String inbox, String sharedInbox, String handle, long createdAt) {
}
