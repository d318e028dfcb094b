package dev.colophon.comments.internal.store;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The moderation state of a comment. Stored, sent as JSON and accepted in requests as its lower-case
 * {@link #value()}; Jdbi binds and maps it so (see {@link Database}), and SQL names a state as a defined
 * attribute ({@code <approved>}) rather than repeating the string.
 */
public enum Status {
    PENDING("pending"),
    APPROVED("approved"),
    REJECTED("rejected"),
    SPAM("spam"),
    /** Removed, but kept as a placeholder while it has visible replies, so the tree stays whole. */
    DELETED("deleted");

    private final String value;

    Status(String value) {
        this.value = value;
    }

    /** The state as stored and as the API writes it. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The state with this stored name, if there is one. */
    public static Optional<Status> parse(String value) {
        for (Status status : values()) {
            if (status.value.equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The state of a stored row: a name outside the set is corrupt data, not a request to refuse. */
    public static Status of(String value) {
        return parse(value).orElseThrow(() -> new IllegalStateException("not a comment status: " + value));
    }

    @Override
    public String toString() {
        return value;
    }
}
