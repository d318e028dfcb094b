package dev.colophon.comments.internal.activitypub.protocol;

/** A delivery leased for sending: the activity's stored JSON and the inbox it goes to. */
public record QueuedDelivery(long id, long activityId, String inbox, int attempts, String body) {
}
