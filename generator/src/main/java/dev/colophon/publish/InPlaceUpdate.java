package dev.colophon.publish;

import dev.colophon.output.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Applies a small change to a published site: renders the changed files in memory (a failure stops
 * here, touching nothing; files published as they are are only checked to be readable), then replaces
 * each with an atomic rename and removes files that are gone.
 */
final class InPlaceUpdate {
    private InPlaceUpdate() {
    }

    /** Returns how many files were rendered. */
    static int apply(List<OutputFile> changed, Set<String> current, Path target, Manifest previous) {
        Map<String, byte[]> rendered = new ConcurrentHashMap<>();
        Parallel.forEach(changed, file -> {
            if (file.source() == null) {
                rendered.put(file.path(), file.content().get());
            } else if (!Files.isReadable(file.source())) {
                throw new UncheckedIOException(new java.io.FileNotFoundException("cannot read " + file.source()));
            }
        });
        try {
            for (OutputFile file : changed) {
                Path path = target.resolve(file.path());
                Files.createDirectories(path.getParent());
                Path tmp = path.resolveSibling("." + path.getFileName() + ".tmp-" + ProcessHandle.current().pid());
                if (file.source() != null) {
                    Files.copy(file.source(), tmp, StandardCopyOption.REPLACE_EXISTING); // streamed, however large
                } else {
                    Files.write(tmp, rendered.get(file.path()));
                }
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            for (String old : previous.fingerprints().keySet()) {
                if (!current.contains(old)) {
                    removeWithEmptyParents(target, target.resolve(old));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed.size();
    }

    private static void removeWithEmptyParents(Path root, Path file) throws IOException {
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && !dir.equals(root) && dir.startsWith(root); dir = dir.getParent()) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
        }
    }
}
