package dev.colophon.comments.internal.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The secret keys that turn a client address into the hash kept for blocks, kept in a file of their own
 * (mode 0600) and never in the database: a copy of the database alone cannot tell whose address a hash
 * is. The key is replaced every {@link #PERIOD_DAYS} days; the one before stays one more period so that
 * blocks can be re-keyed when their address comes back. After that a hash is unlinkable even with the file.
 */
public final class AddressKeys {
    public static final int PERIOD_DAYS = 30;

    private final Path file;
    private final Clock clock;
    private volatile List<Key> keys;

    /** One key and the day it began (UTC). */
    public record Key(LocalDate since, String hex) {
    }

    /** The key file given, or the default for the database: beside a SQLite file, else in the working folder. */
    public static Path file(String configured, String database) {
        if (configured != null) {
            return Path.of(configured);
        }
        boolean sqlite = !database.startsWith("jdbc:") || database.startsWith("jdbc:sqlite:");
        if (!sqlite) {
            return Path.of("address.key");
        }
        Path db = Path.of(database.startsWith("jdbc:sqlite:") ? database.substring("jdbc:sqlite:".length()) : database);
        return db.toAbsolutePath().resolveSibling("address.key");
    }

    public AddressKeys(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        this.keys = Files.exists(file) ? read(file) : List.of();
        rotateIfDue();
    }

    /** The current key first, then the previous one if it is still kept. */
    public List<Key> keys() {
        rotateIfDue();
        return keys;
    }

    private synchronized void rotateIfDue() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!keys.isEmpty() && keys.get(0).since().plusDays(PERIOD_DAYS).isAfter(today)) {
            return;
        }
        List<Key> next = new ArrayList<>();
        next.add(new Key(today, VisitorIds.randomHex(32)));
        if (!keys.isEmpty() && keys.get(0).since().plusDays(2L * PERIOD_DAYS).isAfter(today)) {
            next.add(keys.get(0));
        }
        write(next);
        keys = List.copyOf(next);
    }

    private static List<Key> read(Path file) {
        try {
            List<Key> read = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 2 && !line.startsWith("#")) {
                    read.add(new Key(LocalDate.parse(parts[0]), parts[1]));
                }
            }
            return List.copyOf(read);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the address key file " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(List<Key> next) {
        StringBuilder text = new StringBuilder("# Colophon's address keys (current first); see SECURITY.md. Keep this file out of"
                + " database backups:\n# with both, the address hashes of the last " + 2 * PERIOD_DAYS + " days can be tested.\n");
        next.forEach(key -> text.append(key.since()).append(' ').append(key.hex()).append('\n'));
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".address-key-", ".tmp", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, text);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the address key file " + file + ": " + e.getMessage(), e);
        }
    }
}
