package dev.colophon.cli;

/** A mistake in how a command was called, reported as one line without a stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
