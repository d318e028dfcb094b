package dev.colophon.comments.internal.store;

/** The number of approved comments on one page. */
public record PageCount(String page, int count) {
}
