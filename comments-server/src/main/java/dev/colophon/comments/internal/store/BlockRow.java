package dev.colophon.comments.internal.store;

/** A blocked author, by email or by keyed address hash. */
public record BlockRow(long id, String kind, String value, long createdAt) {
}
