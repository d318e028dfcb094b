package dev.colophon.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/**
 * One file of the built site: its path under the output folder and how to produce it. Producing is
 * deferred so the publisher can render every file in parallel.
 *
 * @param origin what the file comes from, for error messages and duplicate checks
 */
public record OutputFile(String path, String origin, Content content) {

    /** Writes the file's bytes to a target path whose parent exists. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path target) throws IOException;
    }

    public static OutputFile text(String path, String origin, Supplier<String> text) {
        return new OutputFile(path, origin, target -> Files.writeString(target, text.get(), StandardCharsets.UTF_8));
    }

    public static OutputFile copy(String path, Path source) {
        return new OutputFile(path, source.toString(),
                target -> Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING));
    }
}
