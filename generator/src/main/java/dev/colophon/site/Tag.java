package dev.colophon.site;

/** A tag as templates see it: its name, URL-safe slug and listing path. */
public record Tag(String name, String slug, String url) {
}
