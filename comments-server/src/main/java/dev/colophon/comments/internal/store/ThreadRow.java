package dev.colophon.comments.internal.store;

/** A comment thread: one page of one site. */
public record ThreadRow(long id, String site, String page, long createdAt) {
}
