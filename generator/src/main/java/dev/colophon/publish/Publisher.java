package dev.colophon.publish;

import dev.colophon.content.BuildException;
import dev.colophon.config.Problem;
import dev.colophon.output.OutputFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Publishes a site so that a failed build never leaves it half-written: a full build is staged beside
 * the output and swapped in ({@link StagedWrite}); a small change is rendered in memory first and then
 * replaced in place ({@link InPlaceUpdate}).
 */
public final class Publisher {
    /** Above this share of changed files, staging a whole new site is cheaper than updating in place. */
    private static final double IN_PLACE_SHARE = 0.25;

    /** What a publish did: the new manifest and how many files were rendered rather than reused. */
    public record Result(Manifest manifest, int rendered) {
    }

    public Result publish(List<OutputFile> files, Path output, Progress progress, Manifest previous) {
        Path target = output.toAbsolutePath().normalize();
        StagedWrite.removeStale(target);
        Map<String, Long> fingerprints = new HashMap<>(files.size() * 2);
        files.forEach(f -> fingerprints.put(f.path(), f.fingerprint()));
        List<OutputFile> changed = files.stream().filter(f -> !unchanged(target, f, previous)).toList();
        int rendered = !previous.fingerprints().isEmpty() && changed.size() <= files.size() * IN_PLACE_SHARE
                ? InPlaceUpdate.apply(changed, fingerprints.keySet(), target, previous)
                : StagedWrite.write(files, target, progress, previous);
        return new Result(new Manifest(target, fingerprints), rendered);
    }

    /** Whether the published site already holds this file as it would be rendered now. */
    static boolean unchanged(Path published, OutputFile file, Manifest previous) {
        Long before = previous.fingerprint(file.path());
        return before != null && before == file.fingerprint() && Files.isRegularFile(published.resolve(file.path()));
    }

    /** Fails with every pair of sources that would write the same output path. */
    private static boolean isSource(String origin) {
        return origin.endsWith(".md") || origin.endsWith(".markdown");
    }

    public static void checkUnique(List<OutputFile> files) {
        Map<String, OutputFile> byPath = new LinkedHashMap<>();
        Set<List<String>> conflicts = new TreeSet<>(Comparator.comparing(Object::toString));
        for (OutputFile file : files) {
            OutputFile earlier = byPath.putIfAbsent(file.path(), file);
            if (earlier != null) {
                List<String> both = Stream.of(earlier.origin(), file.origin()).sorted().toList();
                conflicts.add(List.of(both.get(0), both.get(1), file.path()));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new BuildException(conflicts.stream().map(c -> new Problem(Path.of(c.get(0)), 0,
                    "publishes /" + c.get(2) + ", and so does " + c.get(1) + "; "
                            + (isSource(c.get(0)) || isSource(c.get(1)) ? "change a slug, url or alias" : "rename or remove one of them")))
                    .toList());
        }
    }
}
