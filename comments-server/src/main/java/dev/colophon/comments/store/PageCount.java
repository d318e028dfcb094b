package dev.colophon.comments.store;

/** The number of approved comments on one page. */
public record PageCount(String page, int count) {
}
