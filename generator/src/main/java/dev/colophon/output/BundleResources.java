package dev.colophon.output;

import dev.colophon.site.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files beside a page bundle's {@code index.md} (Hugo's leaf bundles, Zola's colocated assets),
 * copied into the page's own folder: {@code posts/trip/photo.jpg} next to {@code posts/trip/index.md}
 * is published beside the page, so {@code ![](photo.jpg)} works wherever the permalink puts it.
 * Markdown files, hidden files and nested bundles (a subfolder with its own index) are not resources.
 */
public final class BundleResources {
    private final Path root;

    public BundleResources(Path root) {
        this.root = root;
    }

    public List<OutputFile> files(List<Page> pages) {
        List<OutputFile> files = new ArrayList<>();
        for (Page page : pages) {
            Path source = page.source();
            if (source.getParent() != null && isIndex(source)) {
                Path folder = root.resolve(source.getParent());
                String target = folderOf(page.url());
                for (Path file : resources(folder)) {
                    String path = target + folder.relativize(file).toString().replace('\\', '/');
                    files.add(OutputFile.copy(path, file, StaticFiles.fingerprintOf(file)));
                }
            }
        }
        return files;
    }

    /** The output folder of a URL: {@code /a/b/} is {@code a/b/}, {@code /a/b.html} is {@code a/}. */
    static String folderOf(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private static List<Path> resources(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean nested = !dir.equals(folder) && (hidden(dir) || hasIndex(dir));
                    return nested ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file) && !isMarkdown(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null); // the same order in every build
        return found;
    }

    private static boolean hasIndex(Path dir) {
        return Files.isRegularFile(dir.resolve("index.md")) || Files.isRegularFile(dir.resolve("index.markdown"));
    }

    private static boolean isIndex(Path source) {
        String name = source.getFileName().toString();
        return name.equals("index.md") || name.equals("index.markdown");
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
