package dev.colophon.comments.internal.errors;

/** Why the fediverse side refused a request or an activity; the HTTP layer maps the reason to a status. */
public final class FederationException extends RuntimeException {
    /** What went wrong, as a remote server or an admin should hear it. */
    public enum Reason {
        UNSIGNED, BAD_SIGNATURE, BLOCKED, TOO_LARGE, BAD_REQUEST, NOT_FOUND, UNREACHABLE, RATE_LIMITED
    }

    private final Reason reason;

    public FederationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FederationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
