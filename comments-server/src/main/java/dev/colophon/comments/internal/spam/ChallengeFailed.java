package dev.colophon.comments.internal.spam;

/** A comment came without a valid, unused proof of work while the server asks for one. */
public final class ChallengeFailed extends RuntimeException {
    public ChallengeFailed(String message) {
        super(message);
    }
}
