package dev.colophon.comments.internal.thread;

import dev.colophon.comments.internal.errors.Refused;
import java.util.Comparator;

/** Orders of top-level comments; replies always read oldest first, like a conversation. */
public enum Sort {
    OLDEST(Comparator.comparingLong(CommentView::id)),
    NEWEST(Comparator.comparingLong(CommentView::id).reversed()),
    TOP(Comparator.comparingInt(CommentView::likes).reversed().thenComparingLong(CommentView::id));

    final Comparator<CommentView> order;

    Sort(Comparator<CommentView> order) {
        this.order = order;
    }

    public static Sort parse(String value) {
        if (value == null || value.isBlank()) {
            return OLDEST;
        }
        return switch (value) {
            case "oldest" -> OLDEST;
            case "newest" -> NEWEST;
            case "top" -> TOP;
            default -> throw Refused.invalid("sort must be oldest, newest or top");
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
