package dev.colophon.comments.internal.portability;

/**
 * One field of an exported row: a column of its table, under the same name in the document.
 *
 * @param ref for {@link Type#REF}, the section whose ids it points to ({@code threads}, {@code comments})
 * @param fallback the value a row missing this field gets (with a warning); null when the field is required
 */
public record Column(String name, Type type, String ref, Object fallback, boolean nullable) {

    /** How a column's value is written: times as ISO-8601 instants, ids as the document's own numbers, REAL as a JSON number. */
    public enum Type { ID, REF, TEXT, LONG, REAL, BOOL, TIME }

    static Column required(String name, Type type) {
        return new Column(name, type, null, null, false);
    }

    static Column optional(String name, Type type) {
        return new Column(name, type, null, null, true);
    }

    static Column withDefault(String name, Type type, Object fallback) {
        return new Column(name, type, null, fallback, false);
    }

    static Column ref(String name, String section, boolean nullable) {
        return new Column(name, Type.REF, section, null, nullable);
    }

    /** Whether a row may leave this field out. */
    boolean mayBeMissing() {
        return nullable || fallback != null;
    }
}
