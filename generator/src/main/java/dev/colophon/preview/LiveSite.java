package dev.colophon.preview;

import dev.colophon.output.OutputFile;
import dev.colophon.publish.Parallel;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The previewed site, rendered in memory; HTML pages pass through {@code servedHtml} once, when rendered. Applying a new plan renders only the files whose fingerprint
 * changed (pages first, lists and feeds after) and drops the files that are gone.
 */
final class LiveSite {
    /** A file of the site: rendered bytes, or the source of a file served as it is (read on each request). */
    record Rendered(long fingerprint, byte[] bytes, Path source, String mediaType) {
    }

    private final Map<String, Rendered> files = new ConcurrentHashMap<>();
    private final UnaryOperator<byte[]> servedHtml;

    LiveSite(UnaryOperator<byte[]> servedHtml) {
        this.servedHtml = servedHtml;
    }

    /**
     * Returns how many files were rendered. Single pages are rendered and served first, then lists and
     * feeds; when rendering fails, the files of the failing group stay as they were.
     */
    synchronized int apply(List<OutputFile> plan) {
        Map<Integer, List<OutputFile>> groups = plan.stream()
                .filter(f -> !files.containsKey(f.path()) || files.get(f.path()).fingerprint() != f.fingerprint())
                .collect(Collectors.groupingBy(LiveSite::cost, TreeMap::new, Collectors.toList()));
        int rendered = 0;
        for (List<OutputFile> group : groups.values()) {
            Map<String, Rendered> fresh = new ConcurrentHashMap<>();
            Parallel.forEach(group, f -> {
                if (f.source() != null) {
                    fresh.put(f.path(), new Rendered(f.fingerprint(), null, f.source(), f.mediaType())); // images and videos stay on disk
                    return;
                }
                byte[] bytes = f.content().get();
                fresh.put(f.path(), new Rendered(f.fingerprint(), f.format().isHtml() ? servedHtml.apply(bytes) : bytes, null, f.mediaType()));
            });
            files.putAll(fresh);
            rendered += group.size();
        }
        Set<String> current = new HashSet<>(plan.size() * 2);
        plan.forEach(f -> current.add(f.path()));
        files.keySet().removeIf(path -> !current.contains(path));
        return rendered;
    }

    /** Applies {@code plan} if {@code still} holds when no other plan is being applied; returns -1 when it did not. */
    synchronized int applyIf(java.util.function.BooleanSupplier still, List<OutputFile> plan) {
        return still.getAsBoolean() ? apply(plan) : -1;
    }

    /** The file at a site path such as {@code posts/hello/index.html}, or null. */
    Rendered get(String path) {
        return files.get(path);
    }

    int size() {
        return files.size();
    }

    /** Single pages are cheap and what the writer is looking at: render them before long lists. */
    private static int cost(OutputFile file) {
        String path = file.path();
        if (path.startsWith("archive/") || path.equals("sitemap.xml")) {
            return 3;
        }
        return path.endsWith(".xml") || path.endsWith(".json") || path.startsWith("tags/") ? 2 : 1;
    }
}
