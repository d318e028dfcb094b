package dev.colophon.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One file of the built site: its path under the output folder, a fingerprint of everything it shows,
 * and how to produce its bytes. Producing is deferred, so the publisher renders in parallel and only
 * the files whose fingerprint changed.
 *
 * @param origin what the file comes from, for error messages and duplicate checks
 */
public record OutputFile(String path, String origin, long fingerprint, Supplier<byte[]> content) {

    public static OutputFile text(String path, String origin, long fingerprint, Supplier<String> text) {
        return new OutputFile(path, origin, fingerprint, () -> text.get().getBytes(StandardCharsets.UTF_8));
    }

    public static OutputFile copy(String path, Path source, long fingerprint) {
        return new OutputFile(path, source.toString(), fingerprint, () -> {
            try {
                return Files.readAllBytes(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
