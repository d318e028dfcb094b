package dev.colophon.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the files of a site's content in one walk: Markdown sources, and the other files among them
 * (images, downloads) that are published as they are. Folders that hold templates, static files, data
 * or output are not content.
 */
public final class ContentScanner {
    /** Folders of a site root that are not content. */
    public static final Set<String> RESERVED = Set.of("static", "templates", "themes", "public", "data", "node_modules", "vendor");

    /**
     * What a scan found, relative to the root and sorted, so that every build sees files in the same order.
     *
     * @param assets files that are not Markdown, in content folders (never at the top level, where
     *     site.yml, a Gemfile or a README live)
     */
    public record Found(List<Path> sources, List<Path> assets) {
    }

    private final Path root;
    private final Set<Path> excluded;

    public ContentScanner(Path root, Set<Path> excluded) {
        this.root = root;
        this.excluded = excluded;
    }

    public Found scan() {
        List<Path> sources = new ArrayList<>();
        List<Path> assets = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // Output, caches, .git and the like can hold many files: not walked at all.
                    Path relative = root.relativize(dir);
                    boolean skip = !dir.equals(root) && (dir.getFileName().toString().startsWith(".")
                            || dir.getFileName().toString().startsWith("_site") || !inContent(relative)
                            || relative.getNameCount() == 1 && RESERVED.contains(relative.toString()));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path relative = root.relativize(file);
                    if (attrs.isRegularFile() && isSource(relative)) {
                        sources.add(relative);
                    } else if (attrs.isRegularFile() && isAsset(relative)) {
                        assets.add(relative);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sources.sort(null);
        assets.sort(null);
        return new Found(List.copyOf(sources), List.copyOf(assets));
    }

    public static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** Swap, backup and probe files that editors write beside the file being edited. */
    public static boolean isEditorNoise(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.startsWith(".#")
                || name.equals("4913");
    }

    /**
     * A file to publish as it is: not Markdown, inside a content folder, and neither hidden nor in a
     * folder starting with "_" (Jekyll's layouts, includes and data live there).
     */
    public boolean isAsset(Path relative) {
        if (isMarkdown(relative) || relative.getNameCount() < 2 || relative.getFileName().toString().startsWith(".")
                || isEditorNoise(relative)) {
            return false;
        }
        for (Path part : relative.getParent()) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return false;
            }
        }
        return inContent(relative);
    }

    /** A Markdown source of a post or page (whether or not it still exists). */
    public boolean isSource(Path relative) {
        if (!isMarkdown(relative)) {
            return false;
        }
        for (Path part : relative.getParent() == null ? List.<Path>of() : relative.getParent()) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_site")) {
                return false;
            }
        }
        if (relative.getNameCount() == 1 && relative.toString().equalsIgnoreCase("README.md")) {
            return false;
        }
        return inContent(relative);
    }

    /** Whether a path (relative) lies in a content folder: not a reserved, static or output folder. */
    public boolean inContent(Path relative) {
        if (relative.getNameCount() > 1 && RESERVED.contains(relative.getName(0).toString())) {
            return false;
        }
        return excluded.stream().noneMatch(ex -> root.resolve(relative).startsWith(ex));
    }
}
