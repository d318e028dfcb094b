package dev.colophon.comments.internal.store;

/**
 * Someone who liked or reposted a page from their own site, as the widget shows them.
 *
 * @param avatar a path on this server for their photo, or null
 */
public record Face(String kind, String name, String url, String avatar) {
}
