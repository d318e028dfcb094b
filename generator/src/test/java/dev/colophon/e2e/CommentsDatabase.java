package dev.colophon.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQLite file of a comment server a test started, written beside the running server as any SQL
 * client would: for the rows no route of the server writes on loopback (what an inbox stores for a
 * Follow or a Like, the marks of a reply from the fediverse). The server's own storage is not part of
 * its public surface, so the generator's tests do not use it.
 */
public final class CommentsDatabase {
    private CommentsDatabase() {
    }

    /** Runs one statement with its arguments, waiting while the server's writer holds the file. */
    public static void update(Path file, String sql, Object... args) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement pragma = connection.createStatement()) {
                pragma.execute("PRAGMA busy_timeout = 10000");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql + " on " + file + ": " + e.getMessage(), e);
        }
    }
}
