package dev.colophon.build;

import dev.colophon.content.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a build produced, for the one-line summary and for tests.
 *
 * @param rendered files rendered anew; the others were unchanged since the last build and reused
 */
public record BuildReport(int posts, int pages, int feeds, int files, int rendered, Duration elapsed, Path output,
                          List<Problem> warnings) {

    public String summary() {
        return String.format("Built %,d posts and %,d pages (%,d files, %,d rendered, %,d feeds) in %.2f s -> %s",
                posts, pages, files, rendered, feeds, elapsed.toMillis() / 1000.0, output);
    }
}
