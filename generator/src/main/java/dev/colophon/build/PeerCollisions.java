package dev.colophon.build;

import dev.colophon.config.Problem;
import dev.colophon.output.OutputFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Another generator's site often has pages where Colophon writes its own (a {@code tags.md} at
 * {@code /tags/}), or two redirects from one old URL: the site's page wins over what Colophon
 * generates, the first redirect over a later one, each with a warning, instead of failing the build.
 */
final class PeerCollisions {
    private PeerCollisions() {
    }

    /**
     * @param pages the posts' and pages' own files, which always stay
     * @param generated lists, redirects, feeds: left out where a page or an earlier one has the path
     */
    static List<OutputFile> resolve(List<OutputFile> pages, List<OutputFile> generated, List<Problem> warnings) {
        Map<String, OutputFile> taken = new HashMap<>();
        pages.forEach(f -> taken.putIfAbsent(f.path(), f));
        List<OutputFile> kept = new ArrayList<>();
        for (OutputFile file : generated) {
            OutputFile owner = taken.putIfAbsent(file.path(), file);
            if (owner == null) {
                kept.add(file);
            } else {
                warnings.add(new Problem(Path.of(owner.origin()), 0, "publishes /" + file.path() + ", so " + file.origin()
                        + " is left out there", "replaced"));
            }
        }
        return kept;
    }
}
