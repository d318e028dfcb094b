package dev.colophon.comments.internal.thread;

/**
 * Who sent a request, reduced to what the server may keep.
 *
 * @param addressHash a keyed hash of the address, for blocks and rate limits
 * @param dailyId the visitor's id for today, for likes
 */
public record Visitor(String addressHash, String dailyId) {
}
