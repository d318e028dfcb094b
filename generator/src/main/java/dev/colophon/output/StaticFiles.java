package dev.colophon.output;

import dev.colophon.site.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Copies static files as they are: the theme's first, then the site's, which win on the same path. */
public final class StaticFiles {

    /** Size and modification time stand for the content: reading every asset to hash it would cost more. */
    public static long fingerprintOf(Path file) {
        try {
            return Fingerprint.mix(Files.size(file), Files.getLastModifiedTime(file).toMillis(), Fingerprint.of(file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<OutputFile> files(List<Path> folders) {
        Map<String, OutputFile> byPath = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                    String path = folder.relativize(file).toString().replace('\\', '/');
                    byPath.put(path, OutputFile.copy(path, file, fingerprintOf(file)));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(byPath.values());
    }
}
