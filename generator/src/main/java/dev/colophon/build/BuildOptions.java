package dev.colophon.build;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What to build and how.
 *
 * @param baseUrl overrides {@code base_url} from site.yml when not null
 * @param clock decides which posts are in the future
 * @param cache the build cache folder ({@code SITE/.colophon}), or null to build without one
 * @param commentsUrl overrides {@code comments_url} when not null (the preview serves comments itself)
 */
public record BuildOptions(Path source, Path output, boolean drafts, boolean future, String baseUrl, Clock clock,
                           Path cache, String commentsUrl) {

    public BuildOptions(Path source, Path output, boolean drafts, boolean future, String baseUrl, Clock clock) {
        this(source, output, drafts, future, baseUrl, clock, null, null);
    }

    public BuildOptions(Path source, Path output, boolean drafts, boolean future, String baseUrl, Clock clock, Path cache) {
        this(source, output, drafts, future, baseUrl, clock, cache, null);
    }
}
