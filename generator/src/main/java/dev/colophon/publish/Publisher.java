package dev.colophon.publish;

import dev.colophon.content.BuildException;
import dev.colophon.content.Problem;
import dev.colophon.output.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Publishes a site so that a failed build never leaves it half-written. A full build renders into a
 * staging folder beside the output and swaps it into place when every file was written (unchanged
 * files are hard-linked from the published site). A small change renders the changed files in memory
 * first, and only when all rendered does it replace them in place, each with an atomic rename.
 */
public final class Publisher {
    /** Above this share of changed files, staging a whole new site is cheaper than updating in place. */
    private static final double IN_PLACE_SHARE = 0.25;

    /** What a publish did: the new manifest and how many files were rendered rather than reused. */
    public record Result(Manifest manifest, int rendered) {
    }

    public Result publish(List<OutputFile> files, Path output, Progress progress, Manifest previous) {
        Path target = output.toAbsolutePath().normalize();
        List<OutputFile> changed = files.stream().filter(f -> !unchanged(target, f, previous)).toList();
        if (!previous.fingerprints().isEmpty() && changed.size() <= files.size() * IN_PLACE_SHARE) {
            return update(files, changed, target, previous);
        }
        return stage(files, target, progress, previous);
    }

    private static boolean unchanged(Path published, OutputFile file, Manifest previous) {
        Long before = previous.fingerprint(file.path());
        return before != null && before == file.fingerprint() && Files.isRegularFile(published.resolve(file.path()));
    }

    private Result update(List<OutputFile> files, List<OutputFile> changed, Path target, Manifest previous) {
        Map<String, byte[]> rendered = new java.util.concurrent.ConcurrentHashMap<>();
        changed.parallelStream().forEach(file -> rendered.put(file.path(), file.content().get()));
        Map<String, Long> fingerprints = manifestOf(files);
        try {
            for (Map.Entry<String, byte[]> file : rendered.entrySet()) {
                Path path = target.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Path tmp = path.resolveSibling("." + path.getFileName() + ".tmp-" + ProcessHandle.current().pid());
                Files.write(tmp, file.getValue());
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            for (String old : previous.fingerprints().keySet()) {
                if (!fingerprints.containsKey(old)) {
                    removeWithEmptyParents(target, target.resolve(old));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(new Manifest(target, fingerprints), rendered.size());
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

    private static Map<String, Long> manifestOf(List<OutputFile> files) {
        Map<String, Long> fingerprints = new java.util.HashMap<>(files.size() * 2);
        files.forEach(f -> fingerprints.put(f.path(), f.fingerprint()));
        return fingerprints;
    }

    private Result stage(List<OutputFile> files, Path target, Progress progress, Manifest previous) {
        Path staging = target.resolveSibling("." + target.getFileName() + ".staging-" + ProcessHandle.current().pid());
        try {
            deleteTree(staging);
            createFolders(staging, files);
            int rendered = writeAll(staging, target, files, progress, previous);
            swap(staging, target);
            return new Result(new Manifest(target, manifestOf(files)), rendered);
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    /** Fails with every pair of sources that would write the same output path. */
    public static void checkUnique(List<OutputFile> files) {
        Map<String, OutputFile> byPath = new LinkedHashMap<>();
        Set<List<String>> conflicts = new TreeSet<>(java.util.Comparator.comparing(Object::toString));
        for (OutputFile file : files) {
            OutputFile earlier = byPath.putIfAbsent(file.path(), file);
            if (earlier != null) {
                List<String> both = java.util.stream.Stream.of(earlier.origin(), file.origin()).sorted().toList();
                conflicts.add(List.of(both.get(0), both.get(1), file.path()));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new BuildException(conflicts.stream().map(c -> new Problem(Path.of(c.get(0)), 0,
                    "publishes /" + c.get(2) + ", and so does " + c.get(1) + "; change a slug, url or alias")).toList());
        }
    }

    private static void createFolders(Path staging, List<OutputFile> files) throws IOException {
        Set<Path> folders = new TreeSet<>();
        folders.add(staging);
        for (OutputFile file : files) {
            folders.add(staging.resolve(file.path()).getParent());
        }
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
    }

    private static int writeAll(Path staging, Path published, List<OutputFile> files, Progress progress, Manifest previous) {
        Progress.Step step = progress.step("written", files.size());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
        files.parallelStream().forEach(file -> {
            if (failure.get() != null) {
                return; // one broken template fails every page using it: report it once
            }
            try {
                Path target = staging.resolve(file.path());
                if (!reuse(published, target, file, previous)) {
                    Files.write(target, file.content().get());
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

    /** Takes over an unchanged file from the published site as a hard link (a copy where links fail). */
    private static boolean reuse(Path published, Path target, OutputFile file, Manifest previous) {
        if (!unchanged(published, file, previous)) {
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
