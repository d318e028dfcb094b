package dev.colophon.build;

import dev.colophon.content.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What a build produced, for the one-line summary and for tests. */
public record BuildReport(int posts, int pages, int feeds, int files, Duration elapsed, Path output,
                          List<Problem> warnings) {

    public String summary() {
        return String.format("Built %,d posts and %,d pages (%,d files, %,d feeds) in %.2f s -> %s",
                posts, pages, files, feeds, elapsed.toMillis() / 1000.0, output);
    }
}
