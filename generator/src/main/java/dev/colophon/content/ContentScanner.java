package dev.colophon.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the Markdown sources of a site, skipping folders that hold templates, assets or output. */
public final class ContentScanner {
    /** Folders of a site root that are not content. */
    public static final Set<String> RESERVED = Set.of("static", "templates", "themes", "public", "data", "node_modules");

    private final Path root;
    private final Set<Path> excluded;

    public ContentScanner(Path root, Set<Path> excluded) {
        this.root = root;
        this.excluded = excluded;
    }

    /** Sorted relative paths, so that every build sees files in the same order. */
    public List<Path> scan() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(this::isMarkdown)
                    .map(root::relativize)
                    .filter(this::isContent)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private boolean isContent(Path relative) {
        for (Path part : relative.getParent() == null ? List.<Path>of() : relative.getParent()) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_site")) {
                return false;
            }
        }
        String top = relative.getName(0).toString();
        if (relative.getNameCount() > 1 && RESERVED.contains(top)) {
            return false;
        }
        if (relative.getNameCount() == 1 && relative.toString().equalsIgnoreCase("README.md")) {
            return false;
        }
        return excluded.stream().noneMatch(ex -> root.resolve(relative).startsWith(ex));
    }
}
