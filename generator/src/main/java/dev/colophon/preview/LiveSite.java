package dev.colophon.preview;

import dev.colophon.output.OutputFile;
import dev.colophon.publish.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The previewed site. Rendered files are kept on disk, in a folder of their own, and only their names
 * and fingerprints in memory: at 100,000 posts the rendered site is gigabytes, which the preview held
 * in memory until it did. HTML pages pass through {@code servedHtml} once, when rendered.
 *
 * <p>Applying a new plan renders only the files whose fingerprint changed (pages first, lists and feeds
 * after) and drops the files that are gone. A page can also be served first, before the plan that
 * covers its edit ({@link #serveFirst}): edits are numbered, and a plan that covers only earlier edits
 * leaves such a page as it is, so the live site never goes back to an older page.
 */
final class LiveSite implements AutoCloseable {
    /** A file of the site: one this preview rendered, or the source of a file served as it is. */
    record Served(long fingerprint, Path file, String mediaType, boolean rendered) {
    }

    private final Map<String, Served> files = new ConcurrentHashMap<>();
    /** Pages served ahead of the plans, with the number of the edit that made them. */
    private final Map<String, Long> servedFirst = new ConcurrentHashMap<>();
    /** Guards swapping a path's file: a plan's render and a page served first may finish at once. */
    private final Object swap = new Object();
    private final AtomicLong written = new AtomicLong();
    private final Path folder;
    private final Path scratch;
    private final UnaryOperator<byte[]> servedHtml;

    /** @param folder where rendered files are kept; emptied now, removed on {@link #close} */
    LiveSite(Path folder, UnaryOperator<byte[]> servedHtml) {
        this.folder = folder.toAbsolutePath().normalize();
        this.scratch = this.folder.resolve(".writing");
        this.servedHtml = servedHtml;
        delete(this.folder);
        try {
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies a plan that covers every edit up to number {@code covered}. Returns the paths of the files
     * it rendered. Single pages are rendered and served first, then lists and feeds; when rendering fails,
     * the files of the failing group stay as they were.
     */
    synchronized List<String> apply(List<OutputFile> plan, long covered) {
        Map<Integer, List<OutputFile>> groups = plan.stream()
                .filter(f -> !files.containsKey(f.path()) || files.get(f.path()).fingerprint() != f.fingerprint())
                .filter(f -> !isAhead(f.path(), covered))
                .collect(Collectors.groupingBy(LiveSite::cost, TreeMap::new, Collectors.toList()));
        List<String> rendered = new java.util.ArrayList<>();
        for (List<OutputFile> group : groups.values()) {
            List<Staged> staged = java.util.Collections.synchronizedList(new java.util.ArrayList<>(group.size()));
            try {
                Parallel.forEach(group, f -> staged.add(stage(f)));
            } catch (RuntimeException e) {
                staged.forEach(Staged::discard);
                throw e;
            }
            staged.forEach(s -> install(s, covered));
            group.forEach(f -> rendered.add(f.path()));
        }
        Set<String> current = new HashSet<>(plan.size() * 2);
        plan.forEach(f -> current.add(f.path()));
        synchronized (swap) {
            files.entrySet().removeIf(e -> {
                boolean gone = !current.contains(e.getKey()) && !isAhead(e.getKey(), covered);
                if (gone && e.getValue().rendered()) {
                    deleteQuietly(e.getValue().file());
                }
                return gone;
            });
            servedFirst.values().removeIf(edit -> edit <= covered);
        }
        return rendered;
    }

    /** Applies {@code plan} if {@code still} holds when no other plan is being applied; returns null when it did not. */
    synchronized List<String> applyIf(BooleanSupplier still, List<OutputFile> plan, long covered) {
        return still.getAsBoolean() ? apply(plan, covered) : null;
    }

    /**
     * Renders and serves the pages of edit number {@code edit} now, without waiting for the plan that is
     * being applied; plans covering only earlier edits leave them as they are.
     */
    void serveFirst(List<OutputFile> pages, long edit) {
        for (OutputFile page : pages) {
            Staged staged = stage(page);
            synchronized (swap) {
                servedFirst.merge(page.path(), edit, Math::max);
                put(staged);
            }
        }
    }

    /** The file at a site path such as {@code posts/hello/index.html}, or null. */
    Served get(String path) {
        return files.get(path);
    }

    int size() {
        return files.size();
    }

    @Override
    public void close() {
        delete(folder);
    }

    /** A rendered file written beside the live ones, not yet served. */
    private record Staged(OutputFile file, Path written) {
        void discard() {
            if (written != null) {
                deleteQuietly(written);
            }
        }
    }

    private Staged stage(OutputFile f) {
        if (f.source() != null) {
            return new Staged(f, null); // images and videos stay where they are
        }
        byte[] bytes = f.content().get();
        Path next = scratch.resolve(Long.toString(written.incrementAndGet()));
        try {
            Files.write(next, f.format().isHtml() ? servedHtml.apply(bytes) : bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Staged(f, next);
    }

    private void install(Staged staged, long covered) {
        synchronized (swap) {
            if (isAhead(staged.file().path(), covered)) {
                staged.discard(); // an edit after this plan was served first
            } else {
                put(staged);
            }
        }
    }

    /** Serves a staged file in its path's place; called holding {@link #swap}. */
    private void put(Staged staged) {
        OutputFile f = staged.file();
        if (staged.written() == null) {
            Served old = files.put(f.path(), new Served(f.fingerprint(), f.source(), f.mediaType(), false));
            if (old != null && old.rendered()) {
                deleteQuietly(old.file());
            }
            return;
        }
        Path target = folder.resolve(f.path());
        try {
            Files.createDirectories(target.getParent());
            Files.move(staged.written(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.put(f.path(), new Served(f.fingerprint(), target, f.mediaType(), true));
    }

    private boolean isAhead(String path, long covered) {
        Long edit = servedFirst.get(path);
        return edit != null && edit > covered;
    }

    /** Single pages are cheap and what the writer is looking at: render them before long lists. */
    private static int cost(OutputFile file) {
        String path = file.path();
        if (path.startsWith("archive/") || path.equals("sitemap.xml")) {
            return 3;
        }
        return path.endsWith(".xml") || path.endsWith(".json") || path.startsWith("tags/") ? 2 : 1;
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(LiveSite::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a folder someone else wrote into, or a file already gone: nothing to serve from it anyway
        }
    }
}
