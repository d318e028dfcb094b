package dev.colophon.publish;

import dev.colophon.output.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Writes a whole site, in parallel, into a staging folder beside the output and swaps it into place
 * only when every file was written. Files unchanged since the last build are hard-linked, not rendered.
 */
final class StagedWrite {
    private StagedWrite() {
    }

    /** Writes every file into a staging folder beside {@code target} and swaps it in; returns how many were rendered. */
    static int write(List<OutputFile> files, Path target, Progress progress, Manifest previous) {
        Path staging = target.resolveSibling("." + target.getFileName() + ".staging-" + ProcessHandle.current().pid());
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            int rendered = writeAll(staging, target, files, progress, previous);
            swap(staging, target);
            return rendered;
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    /**
     * Deletes staging folders that builds killed mid-write left beside {@code target}; one whose process
     * still runs (a build of the same output right now) is left alone.
     */
    static void removeStale(Path target) {
        Path parent = target.getParent();
        String prefix = "." + target.getFileName() + ".staging-";
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        try (java.util.stream.Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                String pid = sibling.getFileName().toString().substring(prefix.length());
                boolean running = pid.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                if (!running && Files.isDirectory(sibling, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    deleteQuietly(sibling);
                }
            }
        } catch (IOException e) {
            // leftovers cost space, not correctness: the next build tries again
        }
    }

    private static int writeAll(Path staging, Path published, List<OutputFile> files, Progress progress, Manifest previous) {
        Progress.Step step = progress.step("written", files.size());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicInteger rendered = new AtomicInteger();
        Folders folders = new Folders();
        Parallel.forEach(files, file -> {
            if (failure.get() != null) {
                return; // one broken template fails every page using it: report it once
            }
            try {
                Path target = staging.resolve(file.path());
                folders.create(target.getParent());
                if (!reuse(published, target, file, previous)) {
                    file.writeTo(target);
                    rendered.incrementAndGet();
                }
                step.advance();
            } catch (IOException e) {
                failure.compareAndSet(null, new UncheckedIOException("Cannot write " + file.path(), e));
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return rendered.get();
    }

    /** Creates each folder once, from whichever thread writes into it first; the others wait for it. */
    private static final class Folders {
        private final Map<Path, Boolean> created = new ConcurrentHashMap<>();

        void create(Path folder) {
            created.computeIfAbsent(folder, f -> {
                try {
                    Files.createDirectories(f);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot create " + f, e);
                }
            });
        }
    }

    /** Takes over an unchanged file from the published site as a hard link (a copy where links fail). */
    private static boolean reuse(Path published, Path target, OutputFile file, Manifest previous) {
        if (!Publisher.unchanged(published, file, previous)) {
            return false;
        }
        Path old = published.resolve(file.path());
        try {
            Files.createLink(target, old);
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.copy(old, target);
            } catch (IOException copyFailed) {
                return false;
            }
        }
        return true;
    }

    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
        deleteTree(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException ignored) {
            // the build already failed; a leftover staging folder is removed by the next build
        }
    }
}
