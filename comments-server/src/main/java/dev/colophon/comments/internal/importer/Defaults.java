package dev.colophon.comments.internal.importer;

import java.util.Map;
import java.util.TreeMap;

/** Counts the comments of an export that lacked an optional field and got its default, for one warning per field. */
public final class Defaults {
    private final Map<String, Long> counts = new TreeMap<>();

    /** Returns {@code value}, or counts the field as defaulted and returns {@code fallback}. */
    public <T> T or(T value, String field, T fallback) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            return value;
        }
        counts.merge(field, 1L, Long::sum);
        return fallback;
    }

    public Map<String, Long> counts() {
        return counts;
    }
}
