package dev.colophon.comments.internal.store;

/**
 * The database cannot take writes (or answer) right now for a reason outside the request: a full disk,
 * an I/O error, a read-only file, a lost connection. Worth retrying later; nothing was stored.
 */
public final class StorageUnavailableException extends RuntimeException {
    public StorageUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
