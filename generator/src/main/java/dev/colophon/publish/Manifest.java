package dev.colophon.publish;

import dev.colophon.resources.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fingerprint of every file of the last published site, kept in {@code .colophon/manifest}. A file
 * whose fingerprint is unchanged is taken over from the published site instead of rendered again.
 */
public record Manifest(Path output, Map<String, Long> fingerprints) {

    public static Manifest empty(Path output) {
        return new Manifest(output, Map.of());
    }

    public Long fingerprint(String path) {
        return fingerprints.get(path);
    }

    /** The manifest of the last build into {@code output}, or an empty one (missing, damaged, other output). */
    public static Manifest read(Path file, Path output) {
        try {
            if (!Files.isRegularFile(file) || !Files.isDirectory(output)) {
                return empty(output);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals("output\t" + output)) {
                return empty(output);
            }
            Map<String, Long> fingerprints = new HashMap<>(lines.size() * 2);
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.indexOf('\t');
                fingerprints.put(line.substring(tab + 1), Long.parseUnsignedLong(line.substring(0, tab), 16));
            }
            return new Manifest(output, fingerprints);
        } catch (IOException | RuntimeException e) {
            return empty(output); // only a cache: start afresh
        }
    }

    public void write(Path file) {
        StringBuilder text = new StringBuilder(fingerprints.size() * 48).append("output\t").append(output).append('\n');
        fingerprints.forEach((path, fp) -> text.append(Long.toHexString(fp)).append('\t').append(path).append('\n'));
        try {
            PrivateFiles.folder(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            PrivateFiles.createFile(tmp);
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("warning: could not save the build manifest " + file + ": " + e.getMessage());
        }
    }
}
