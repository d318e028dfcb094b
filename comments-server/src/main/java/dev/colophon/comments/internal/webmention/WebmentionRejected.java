package dev.colophon.comments.internal.webmention;

/** A webmention request that cannot be taken, with a message for its sender. */
public final class WebmentionRejected extends RuntimeException {
    /** Why: a request that is wrong as sent, or a status asked for that does not exist. */
    public enum Why { INVALID, NOT_FOUND }

    private final Why why;

    public WebmentionRejected(Why why, String message) {
        super(message);
        this.why = why;
    }

    public static WebmentionRejected invalid(String message) {
        return new WebmentionRejected(Why.INVALID, message);
    }

    public Why why() {
        return why;
    }
}
