package dev.colophon.resources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only their owner may read: {@code .colophon/} (the preview's comment database and
 * admin password hash, the build cache) and the server's key file. Folders are 0700, files 0600; on a
 * file system without POSIX permissions this does nothing.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder (and its parents) and makes the folder itself 0700, also when it existed already. */
    public static Path folder(Path dir) {
        try {
            Files.createDirectories(dir);
            if (posix()) {
                Files.setPosixFilePermissions(dir, FOLDER);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the private folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Makes an existing file 0600. */
    public static void restrict(Path file) throws IOException {
        if (posix() && Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Creates an empty file as 0600 unless it exists, so that what is written to it later is private from the start. */
    public static void createFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
