package dev.colophon.comments.internal.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Tells storage faults (the disk, the file, the connection) from errors of the request itself. */
final class StorageFaults {
    /** SQLite's primary result codes that mean the storage under it, not the statement, failed. */
    private static final Set<Integer> SQLITE_STORAGE = Set.of(
            SQLiteErrorCode.SQLITE_FULL.code, SQLiteErrorCode.SQLITE_IOERR.code, SQLiteErrorCode.SQLITE_READONLY.code,
            SQLiteErrorCode.SQLITE_CANTOPEN.code, SQLiteErrorCode.SQLITE_BUSY.code, SQLiteErrorCode.SQLITE_LOCKED.code,
            SQLiteErrorCode.SQLITE_NOMEM.code);

    private StorageFaults() {
    }

    /** What went wrong with the storage, in a few words, or empty when the error is not a storage fault. */
    static Optional<String> reason(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite && SQLITE_STORAGE.contains(sqlite.getResultCode().code & 0xFF)) {
                return Optional.of(describe(sqlite.getResultCode().code & 0xFF));
            }
            if (cause instanceof SQLTransientConnectionException) {
                return Optional.of("no database connection available");
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && isPostgresStorageState(sql.getSQLState())) {
                return Optional.of(sql.getSQLState().startsWith("53") ? "database out of resources (disk or memory)"
                        : "database connection lost");
            }
        }
        return Optional.empty();
    }

    /** PostgreSQL's classes 08 (connection), 53 (insufficient resources: disk full is 53100), 57P (shutting down). */
    private static boolean isPostgresStorageState(String state) {
        return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P");
    }

    private static String describe(int code) {
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return "database or disk is full";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "database file is read-only";
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "database is locked by another process";
        }
        return "database storage error";
    }
}
