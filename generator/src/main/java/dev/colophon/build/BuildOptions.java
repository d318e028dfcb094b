package dev.colophon.build;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What to build and how.
 *
 * @param baseUrl overrides {@code base_url} from site.yml when not null
 * @param clock decides which posts are in the future
 */
public record BuildOptions(Path source, Path output, boolean drafts, boolean future, String baseUrl, Clock clock) {

    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, output, false, false, null, Clock.systemUTC());
    }

    public BuildOptions withDrafts(boolean drafts, boolean future) {
        return new BuildOptions(source, output, drafts, future, baseUrl, clock);
    }
}
