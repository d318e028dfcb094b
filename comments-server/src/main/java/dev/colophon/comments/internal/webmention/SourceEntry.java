package dev.colophon.comments.internal.webmention;

/**
 * What a fetched source says about its target: its kind and, from its h-entry, the author and text.
 *
 * @param text the entry's content as plain text, paragraphs separated by blank lines; null without one
 * @param photo the author's photo URL at the source, or null
 */
public record SourceEntry(MentionKind kind, String author, String authorUrl, String photo, String text) {
}
