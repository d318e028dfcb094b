package dev.colophon.preview;

import dev.colophon.comments.AdminPassword;
import dev.colophon.resources.PrivateFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The preview's admin password: made on first start, shown once, kept only as a hash in
 * {@code .colophon/admin-password.hash}. Delete that file to get a new one.
 */
final class AdminSecret {
    private final String hash;
    private final String shownOnce;

    private AdminSecret(String hash, String shownOnce) {
        this.hash = hash;
        this.shownOnce = shownOnce;
    }

    static AdminSecret ensure(Path data) {
        Path file = data.resolve("admin-password.hash");
        try {
            if (Files.isRegularFile(file)) {
                PrivateFiles.folder(data); // made world-readable by older versions
                PrivateFiles.restrict(file);
                return new AdminSecret(Files.readString(file).strip(), null);
            }
            PrivateFiles.folder(data);
            String password = AdminPassword.random();
            String hash = AdminPassword.hash(password);
            PrivateFiles.createFile(file);
            Files.writeString(file, hash + "\n");
            return new AdminSecret(hash, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String hash() {
        return hash;
    }

    void announce(PrintStream out) {
        if (shownOnce != null) {
            out.println("Admin password for moderating comments (shown once; delete .colophon/admin-password.hash for a new one): "
                    + shownOnce);
        } else {
            out.println("  Forgot the admin password? Delete .colophon/admin-password.hash and start again for a new one.");
        }
    }
}
