package dev.colophon.preview;

import dev.colophon.content.ContentScanner;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a site folder and reports changed paths in batches: editors write a file in several steps,
 * so events are gathered until the folder has been quiet for a few milliseconds.
 */
final class SiteWatcher implements AutoCloseable {
    private static final long QUIET_MS = 15;

    private final DirectoryWatcher watcher;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "colophon-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Path> pending = new HashSet<>();
    private ScheduledFuture<?> flush;

    SiteWatcher(Path root, Set<Path> ignored, Consumer<Set<Path>> onChange) {
        try {
            this.watcher = DirectoryWatcher.builder()
                    .path(root)
                    .fileHashing(false)
                    .fileTreeVisitor(new Unwatched(ignored))
                    .listener(event -> {
                        Path path = event.path();
                        if (path == null || ignored.stream().anyMatch(path::startsWith) || ContentScanner.isEditorNoise(path)) {
                            return;
                        }
                        synchronized (pending) {
                            pending.add(path.toAbsolutePath().normalize());
                            if (flush != null) {
                                flush.cancel(false);
                            }
                            flush = timer.schedule(() -> onChange.accept(drain()), QUIET_MS, TimeUnit.MILLISECONDS);
                        }
                    })
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        watcher.watchAsync();
    }

    /**
     * Walks the folders to watch, leaving out the ignored ones: the preview's own rendered site lives in
     * {@code .colophon/preview/}, a folder per page (138,000 at 100,000 posts), each of which would
     * otherwise take an inotify watch for events that are dropped anyway.
     */
    record Unwatched(Set<Path> ignored) implements FileTreeVisitor {
        @Override
        public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
            if (isIgnored(start)) {
                return;
            }
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (isIgnored(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    onDirectory.call(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    onFile.call(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone while walked, or unreadable: nothing to watch there
                }
            });
        }

        private boolean isIgnored(Path path) {
            Path normal = path.toAbsolutePath().normalize();
            return ignored.stream().anyMatch(normal::startsWith);
        }
    }

    private Set<Path> drain() {
        synchronized (pending) {
            Set<Path> batch = Set.copyOf(pending);
            pending.clear();
            return batch;
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException ignored) {
            // closing on shutdown: nothing left to do
        }
        timer.shutdownNow();
    }
}
