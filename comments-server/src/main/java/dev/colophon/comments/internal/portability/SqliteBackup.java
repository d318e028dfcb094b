package dev.colophon.comments.internal.portability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a live SQLite database with {@code VACUUM INTO}: one read transaction, so the copy is the database
 * as of one moment, while the server goes on writing (WAL lets readers and the writer pass each other).
 * The copy is checked before it replaces nothing, and only the newest {@code keep} copies stay.
 */
public final class SqliteBackup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String PREFIX = "comments-";

    /** What a backup made: the file, its comments, and the old copies it removed. */
    public record Result(Path file, long comments, List<Path> removed) {
    }

    private final Clock clock;

    public SqliteBackup(Clock clock) {
        this.clock = clock;
    }

    public Result backup(Path database, Path dir, int keep) throws IOException, SQLException {
        if (!Files.isRegularFile(database)) {
            throw new IOException(database + ": no such database file");
        }
        Files.createDirectories(dir);
        Path target = dir.resolve(PREFIX + STAMP.format(clock.instant()) + ".db");
        Path partial = dir.resolve(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try (Connection live = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             PreparedStatement vacuum = live.prepareStatement("VACUUM INTO ?")) {
            try (Statement pragma = live.createStatement()) {
                pragma.execute("PRAGMA busy_timeout = 10000");
            }
            vacuum.setString(1, partial.toAbsolutePath().toString());
            vacuum.execute();
        }
        long comments = check(partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Result(target, comments, prune(dir, keep));
    }

    /** Opens the copy read-only: it must be whole (integrity_check) and hold the comments table. */
    private static long check(Path copy) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + copy.toAbsolutePath() + "?mode=ro");
             Statement query = db.createStatement()) {
            try (ResultSet ok = query.executeQuery("PRAGMA integrity_check")) {
                ok.next();
                if (!"ok".equals(ok.getString(1))) {
                    throw new SQLException("the copy failed its integrity check: " + ok.getString(1));
                }
            }
            try (ResultSet count = query.executeQuery("SELECT COUNT(*) FROM comments")) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private static List<Path> prune(Path dir, int keep) throws IOException {
        List<Path> copies;
        try (Stream<Path> files = Files.list(dir)) {
            copies = files.filter(f -> f.getFileName().toString().matches(PREFIX + "\\d{8}-\\d{6}\\.db"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        }
        List<Path> removed = new ArrayList<>();
        for (Path old : copies.subList(Math.min(keep, copies.size()), copies.size())) {
            Files.delete(old);
            removed.add(old);
        }
        return removed;
    }
}
