package dev.colophon.comments.internal.importer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Cusdis database (its SQLite file, opened read-only; Cusdis has no export of its own): {@code pages}
 * by URL or page id and their {@code comments}, plain text as Markdown. Approved comments stay approved,
 * others pending; deleted ones are left out.
 */
public final class CusdisDatabase {
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    private CusdisDatabase() {
    }

    public static List<ImportedComment> read(Path file, Defaults defaults) {
        List<ImportedComment> comments = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("""
                     SELECT c.id, c."parentId", p.url, p.slug, c.by_nickname, c.by_email, c.content, c.created_at, c.approved
                     FROM comments c JOIN pages p ON p.id = c."pageId" WHERE c."deletedAt" IS NULL""")) {
            while (rows.next()) {
                String parent = rows.getString("parentId");
                String page = rows.getString("url") != null ? ExportXml.pathOf(rows.getString("url")) : rows.getString("slug");
                comments.add(new ImportedComment("cusdis:" + rows.getString("id"), parent == null ? null : "cusdis:" + parent,
                        defaults.or(page, "page url", null), defaults.or(ExportXml.blankToNull(rows.getString("by_nickname")),
                        "by_nickname", null), ExportXml.blankToNull(rows.getString("by_email")), null, null,
                        time(rows.getString("created_at"), rows.getString("id")), rows.getBoolean("approved") ? "approved" : "pending",
                        defaults.or(rows.getString("content"), "content", "")));
            }
        } catch (SQLException e) {
            throw new ImportException("not a readable Cusdis database (" + e.getMessage() + ")");
        }
        return comments;
    }

    /** Prisma keeps SQLite times as milliseconds since the epoch; older databases as SQL text in UTC. */
    private static long time(String value, String id) {
        if (value != null && value.matches("\\d+")) {
            return Long.parseLong(value);
        }
        try {
            return value == null ? Instant.now().toEpochMilli()
                    : value.contains("T") ? Instant.parse(value).toEpochMilli()
                    : LocalDateTime.parse(value, SQL_TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new ImportException("comment " + id + ", created_at: '" + value + "' is not a time");
        }
    }
}
