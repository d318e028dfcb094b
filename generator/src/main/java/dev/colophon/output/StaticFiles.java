package dev.colophon.output;

import dev.colophon.config.Problem;
import dev.colophon.content.SymlinkGuard;
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

    /**
     * @param siteRoot links are followed only to files inside the site or the folder being copied
     * @param warnings where refused links are reported
     */
    public List<OutputFile> files(List<Path> folders, Path siteRoot, List<Problem> warnings) {
        Map<String, OutputFile> byPath = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            SymlinkGuard guard = new SymlinkGuard(List.of(siteRoot, folder));
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(file -> guard.allows(file, shown(siteRoot, file), warnings) && Files.isRegularFile(file))
                        .sorted().forEach(file -> {
                    String path = folder.relativize(file).toString().replace('\\', '/');
                    byPath.put(path, OutputFile.copy(path, file, fingerprintOf(file)));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(byPath.values());
    }

    private static Path shown(Path siteRoot, Path file) {
        return file.startsWith(siteRoot) ? siteRoot.relativize(file) : file;
    }
}
