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
 * @param embedScript the comment widget's path on the comment server: the CLI and the preview pass the
 *        bundled server's versioned one, so the pipeline needs nothing of the server to know it
 */
public record BuildOptions(Path source, Path output, boolean drafts, boolean future, String baseUrl, Clock clock,
                           Path cache, String commentsUrl, String embedScript) {
    /** The widget's unversioned path, which every comment server also serves (cached for minutes, not a year). */
    public static final String UNVERSIONED_EMBED = "/embed/colophon.js";

    public BuildOptions {
        embedScript = embedScript != null ? embedScript : UNVERSIONED_EMBED;
    }

    public BuildOptions(Path source, Path output, boolean drafts, boolean future, String baseUrl, Clock clock) {
        this(source, output, drafts, future, baseUrl, clock, null, null, null);
    }

    public BuildOptions(Path source, Path output, boolean drafts, boolean future, String baseUrl, Clock clock, Path cache) {
        this(source, output, drafts, future, baseUrl, clock, cache, null, null);
    }

    /** The same options with the comment widget at {@code path} (e.g. {@code /embed/colophon.1a2b3c.js}). */
    public BuildOptions withEmbedScript(String path) {
        return new BuildOptions(source, output, drafts, future, baseUrl, clock, cache, commentsUrl, path);
    }
}
