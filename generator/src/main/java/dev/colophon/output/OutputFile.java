package dev.colophon.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/**
 * One file of the built site: its path under the output folder, a fingerprint of everything it shows,
 * and how to produce its bytes. Producing is deferred, so the publisher renders in parallel and only
 * the files whose fingerprint changed.
 *
 * @param origin what the file comes from, for error messages and duplicate checks
 * @param source for a file published as it is, the file to copy (streamed, never held in memory
 *     whole: sites carry videos and archives); null for a rendered file
 * @param format what kind of file it is, and so the media type it is served with
 */
public record OutputFile(String path, String origin, long fingerprint, Supplier<byte[]> content, Path source,
                         OutputFormat format) {

    /** A file whose kind its name tells (see {@link OutputFormat#ofFile}). */
    public OutputFile(String path, String origin, long fingerprint, Supplier<byte[]> content, Path source) {
        this(path, origin, fingerprint, content, source, OutputFormat.ofFile(path));
    }

    public static OutputFile text(OutputFormat format, String path, String origin, long fingerprint, Supplier<String> text) {
        return new OutputFile(path, origin, fingerprint, () -> text.get().getBytes(StandardCharsets.UTF_8), null, format);
    }

    public static OutputFile copy(String path, Path source, long fingerprint) {
        return new OutputFile(path, source.toString(), fingerprint, () -> {
            try {
                return Files.readAllBytes(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, source);
    }

    /** The Content-Type the file is served with. */
    public String mediaType() {
        return format.mediaType();
    }

    /** Writes the file at {@code target}: copied from its source, or rendered. */
    public void writeTo(Path target) throws IOException {
        if (source != null) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.write(target, content.get());
        }
    }
}
