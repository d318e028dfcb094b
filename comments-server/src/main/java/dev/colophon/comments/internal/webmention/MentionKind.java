package dev.colophon.comments.internal.webmention;

import java.util.Locale;

/** What a verified source is to its target, from its h-entry's properties. */
public enum MentionKind {
    REPLY, LIKE, REPOST, BOOKMARK, MENTION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MentionKind of(String label) {
        return label == null ? null : valueOf(label.toUpperCase(Locale.ROOT));
    }
}
