package dev.colophon.webmention;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code colophon webmention send} has told, per post: the content hash and links it sent for, in
 * {@code .colophon/webmentions-sent.json}, so that the next run sends for new, changed and removed links only.
 */
public final class SentLog {
    public static final String FILE = "webmentions-sent.json";

    private SentLog() {
    }

    public static Map<String, OutgoingLinks.Post> read(Path cacheDir) {
        Path file = cacheDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        try {
            return OutgoingLinks.JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, OutgoingLinks.Post>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static void write(Path cacheDir, Map<String, OutgoingLinks.Post> sent) {
        try {
            Files.createDirectories(cacheDir);
            Path temp = cacheDir.resolve(FILE + ".tmp");
            OutgoingLinks.JSON.writeValue(temp.toFile(), new TreeMap<>(sent));
            Files.move(temp, cacheDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + cacheDir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }
}
