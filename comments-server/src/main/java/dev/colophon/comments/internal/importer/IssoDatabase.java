package dev.colophon.comments.internal.importer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an Isso database (its SQLite file, opened read-only): {@code threads} by URI and their
 * {@code comments}, whose text is Markdown as here. Accepted comments stay approved, those awaiting
 * moderation pending; deleted ones are left out.
 */
public final class IssoDatabase {
    private static final int ACCEPTED = 1;
    private static final int PENDING = 2;

    private IssoDatabase() {
    }

    public static List<ImportedComment> read(Path file) {
        try {
            return comments(file);
        } catch (SQLException e) {
            throw new ImportException("not a readable Isso database (" + e.getMessage() + ")");
        }
    }

    private static List<ImportedComment> comments(Path file) throws SQLException {
        List<ImportedComment> comments = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("""
                     SELECT c.id, c.parent, t.uri, c.author, c.email, c.website, c.text, c.created, c.mode
                     FROM comments c JOIN threads t ON t.id = c.tid ORDER BY c.created""")) {
            while (rows.next()) {
                int mode = rows.getInt("mode");
                if (mode != ACCEPTED && mode != PENDING) {
                    continue;
                }
                long parent = rows.getLong("parent");
                comments.add(new ImportedComment("isso:" + rows.getLong("id"), rows.wasNull() ? null : "isso:" + parent,
                        ExportXml.pathOf(rows.getString("uri")), ExportXml.blankToNull(rows.getString("author")),
                        ExportXml.blankToNull(rows.getString("email")), ExportXml.blankToNull(rows.getString("website")),
                        null, Math.round(rows.getDouble("created") * 1000), mode == ACCEPTED ? "approved" : "pending",
                        rows.getString("text")));
            }
        }
        return comments;
    }
}
