package dev.colophon.comments.internal.errors;

/**
 * A service's refusal of what it was asked, in the service's words: what kind of refusal, a short code and
 * a message the caller can act on. Services throw it without knowing HTTP; the HTTP layer gives each kind
 * its status (invalid is 400, not found 404, ...).
 */
public final class Refused extends RuntimeException {
    /** What kind of refusal, which is all the HTTP layer needs to answer it. */
    public enum Kind {
        INVALID("bad_request"),
        UNAUTHORIZED("unauthorized"),
        FORBIDDEN("forbidden"),
        NOT_FOUND("not_found"),
        CONFLICT("conflict"),
        TOO_LARGE("too_large");

        private final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    private final Kind kind;
    private final String code;

    public Refused(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public static Refused invalid(String message) {
        return new Refused(Kind.INVALID, Kind.INVALID.code, message);
    }

    public static Refused unauthorized(String message) {
        return new Refused(Kind.UNAUTHORIZED, Kind.UNAUTHORIZED.code, message);
    }

    public static Refused forbidden(String message) {
        return new Refused(Kind.FORBIDDEN, Kind.FORBIDDEN.code, message);
    }

    public static Refused notFound(String message) {
        return new Refused(Kind.NOT_FOUND, Kind.NOT_FOUND.code, message);
    }

    public static Refused conflict(String message) {
        return new Refused(Kind.CONFLICT, Kind.CONFLICT.code, message);
    }

    public static Refused tooLarge(String message) {
        return new Refused(Kind.TOO_LARGE, Kind.TOO_LARGE.code, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The error code the answer carries ({@code not_found}, {@code no_password}, ...). */
    public String code() {
        return code;
    }
}
