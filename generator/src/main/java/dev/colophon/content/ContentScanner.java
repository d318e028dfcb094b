package dev.colophon.content;

import dev.colophon.config.Problem;
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
     * @param translations sources in another language than the site's, left out
     */
    public record Found(List<Path> sources, List<Path> assets, List<Path> translations, List<Problem> refused) {
    }

    private final Path root;
    private final Path contentDir;
    private final String language;
    private final Set<Path> excluded;
    private final boolean htmlPages;

    /**
     * @param contentDir where the content lives, relative to the root (empty for the root itself);
     *     paths found are still relative to the root
     * @param language the site's language: sources translated into others are left out
     * @param excluded absolute folders that are not content (output, caches, static folders)
     */
    public ContentScanner(Path root, Path contentDir, String language, Set<Path> excluded) {
        this(root, contentDir, language, excluded, false);
    }

    /** @param htmlPages whether HTML files with front matter are pages (Jekyll's and JBake's), not files to copy */
    public ContentScanner(Path root, Path contentDir, String language, Set<Path> excluded, boolean htmlPages) {
        this.htmlPages = htmlPages;
        this.root = root;
        this.contentDir = contentDir;
        this.language = language;
        this.excluded = excluded;
    }

    public Found scan() {
        List<Path> sources = new ArrayList<>();
        List<Path> assets = new ArrayList<>();
        List<Path> translations = new ArrayList<>();
        List<Problem> refused = new ArrayList<>();
        SymlinkGuard guard = new SymlinkGuard(List.of(root));
        Path base = root.resolve(contentDir);
        if (!Files.isDirectory(base)) {
            return new Found(List.of(), List.of(), List.of(), List.of());
        }
        try {
            Files.walkFileTree(base, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // Output, caches, .git and the like can hold many files: not walked at all.
                    String name = dir.getFileName().toString();
                    boolean skip = !dir.equals(base) && (name.startsWith(".") || name.startsWith("_site")
                            || !inContent(root.relativize(dir))
                            || dir.getParent().equals(base) && contentDir.toString().isEmpty() && RESERVED.contains(name));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes linkAttrs) throws IOException {
                    Path relative = root.relativize(file);
                    if (!guard.allows(file, relative, refused)) {
                        return FileVisitResult.CONTINUE;
                    }
                    BasicFileAttributes attrs = linkAttrs.isSymbolicLink()
                            ? Files.readAttributes(file, BasicFileAttributes.class) : linkAttrs;
                    if (attrs.isRegularFile() && (isSource(relative) || isHtmlPage(relative))) {
                        sources.add(relative);

                    } else if (attrs.isRegularFile() && isMarkdown(relative) && Translations.isForeign(relative, language)) {
                        translations.add(relative);
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
        translations.sort(null);
        return new Found(List.copyOf(sources), List.copyOf(assets), List.copyOf(translations), List.copyOf(refused));
    }

    /** JBake's (and Hugo's) AsciiDoc sources, by the endings Asciidoctor reads. */
    public static boolean isAsciiDoc(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".adoc") || name.endsWith(".asciidoc") || name.endsWith(".asc") || name.endsWith(".ad");
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
     * A file to publish as it is: not Markdown, in the content, and neither hidden nor in a folder
     * starting with "_" (Jekyll's layouts, includes and data live there). When the content is the site
     * root, files at its top (site.yml, a Gemfile, a README) are not published either.
     */
    public boolean isAsset(Path relative) {
        Path inner = inner(relative);
        if (inner == null || isMarkdown(relative) || htmlPages && isAsciiDoc(relative) || relative.getFileName().toString().startsWith(".")
                || isEditorNoise(relative) || inner.getNameCount() < 2 && contentDir.toString().isEmpty() && !isJekyllRootFile(inner)) {
            return false;
        }
        for (Path part : inner.getParent() == null ? List.<Path>of() : inner.getParent()) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return false;
            }
        }
        return inContent(relative);
    }

    /**
     * A file at the top of a Jekyll site that Jekyll copies as it is ({@code CNAME}, a search engine's
     * verification page, {@code favicon.ico}): not one of Jekyll's default exclusions nor site.yml, not
     * the home or 404 page (Colophon writes its own), and without front matter (a {@code feed.xml}
     * with front matter is a Liquid template, which Colophon's own feed replaces).
     */
    private boolean isJekyllRootFile(Path inner) {
        String name = inner.getFileName().toString();
        if (!htmlPages || name.startsWith("_") || name.startsWith("#") || name.startsWith("index.") || name.startsWith("404.")
                || Set.of("Gemfile", "Gemfile.lock", "site.yml").contains(name)) {
            return false;
        }
        try (var reader = java.nio.file.Files.newBufferedReader(root.resolve(inner))) {
            String first = reader.readLine();
            return first == null || !first.strip().equals("---");
        } catch (IOException | UncheckedIOException e) {
            return true; // not text: a file to copy
        }
    }

    /** A Markdown source of a post or page, or another generator's AsciiDoc one (whether or not it still exists). */
    public boolean isSource(Path relative) {
        Path inner = inner(relative);
        if (inner == null || !(isMarkdown(relative) || htmlPages && isAsciiDoc(relative))) {
            return false;
        }
        for (Path part : inner.getParent() == null ? List.<Path>of() : inner.getParent()) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_site")) {
                return false;
            }
        }
        if (inner.getNameCount() == 1 && (inner.toString().equalsIgnoreCase("README.md") || Translations.baseName(inner).equals("index"))) {
            return false; // a repository's README; a Jekyll site's index.md, its home page's settings
        }
        if (Translations.baseName(relative).equals("_index") || Translations.isForeign(relative, language)) {
            return false; // Hugo's and Zola's settings for a section's list page; a translation
        }
        return inContent(relative);
    }

    /**
     * An HTML file with front matter, which Jekyll and JBake render as a page (its YAML never shown):
     * not the home page at the top, and not in a folder Colophon does not publish.
     */
    public boolean isHtmlPage(Path relative) {
        String name = relative.getFileName().toString();
        Path inner = inner(relative);
        if (!htmlPages || inner == null || !(name.endsWith(".html") || name.endsWith(".htm"))
                || inner.getNameCount() == 1 && name.startsWith("index.") || !inContent(relative)) {
            return false;
        }
        for (Path part : inner) {
            if (part.toString().startsWith(".") || part.toString().startsWith("_") && !part.toString().equals("_posts")
                    && inner.getNameCount() > 1 && excludedUnderscore(part)) {
                return false;
            }
        }
        try (var reader = java.nio.file.Files.newBufferedReader(root.resolve(relative))) {
            String first = reader.readLine();
            return first != null && (first.strip().equals("---") || first.matches("^\\uFEFF?[A-Za-z0-9_.-]+=.*"));
        } catch (IOException | UncheckedIOException e) {
            return false; // not text: a file to copy
        }
    }

    /** Jekyll's _layouts, _includes: folders whose HTML is templates, not pages (collections are excluded by the caller). */
    private static boolean excludedUnderscore(Path part) {
        return Set.of("_layouts", "_includes", "_sass", "_data", "_site").contains(part.toString());
    }

    /** Whether a path (relative to the root) lies in the content: not a reserved, static or output folder. */
    public boolean inContent(Path relative) {
        Path inner = inner(relative);
        // reserved folders are the site root's: in a content folder of its own, content/themes/ is content (Zola's docs)
        if (inner == null || contentDir.toString().isEmpty() && inner.getNameCount() > 1 && RESERVED.contains(inner.getName(0).toString())) {
            return false;
        }
        return excluded.stream().noneMatch(ex -> root.resolve(relative).startsWith(ex));
    }

    /** The path within the content folder, or null outside it. */
    private Path inner(Path relative) {
        if (contentDir.toString().isEmpty()) {
            return relative;
        }
        return relative.startsWith(contentDir) && !relative.equals(contentDir) ? contentDir.relativize(relative) : null;
    }
}
