package dev.colophon.comments.internal.fetch;

/** A remote fetch that did not happen or did not finish, with the reason a caller may act on. */
public final class FetchException extends Exception {
    /** Why a fetch failed; {@link #REFUSED} means the guard kept it from connecting at all. */
    public enum Reason { REFUSED, NOT_HTTP, TOO_MANY_REDIRECTS, TIMEOUT, UNREACHABLE }

    private final Reason reason;

    public FetchException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Whether trying again later may succeed (a timeout or an unreachable host, not a refusal). */
    public boolean isTransient() {
        return reason == Reason.TIMEOUT || reason == Reason.UNREACHABLE;
    }
}
