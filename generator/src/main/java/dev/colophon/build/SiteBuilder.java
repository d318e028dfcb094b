package dev.colophon.build;

import dev.colophon.publish.Manifest;
import dev.colophon.publish.Progress;
import dev.colophon.publish.Publisher;
import dev.colophon.webmention.OutgoingLinks;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The build, start to end: load the site (reusing rendered Markdown from the cache), plan every output
 * file, and publish, rendering only what changed since the last build into the same output folder.
 * Every step is linear in the number of posts; loading and writing run in parallel.
 */
public final class SiteBuilder {
    /** Bumped when rendering changes, so that caches of older builds are not reused. */
    static final String CACHE_VERSION = "colophon-0.1.0-2";

    private final Progress progress;

    public SiteBuilder(Progress progress) {
        this.progress = progress;
    }

    public BuildReport build(BuildOptions options) {
        long started = System.nanoTime();
        Path output = options.output().toAbsolutePath().normalize();
        Path cacheDir = options.cache();
        // bodies go to the cache's file as they are rendered and stay readable until the last file is written
        try (RenderCache cache = cacheDir == null ? RenderCache.scratch()
                : RenderCache.open(cacheDir.resolve("markdown.cache"), CodeIdentity.CURRENT)) {
            return build(options, cache, output, cacheDir, started);
        }
    }

    private BuildReport build(BuildOptions options, RenderCache cache, Path output, Path cacheDir, long started) {
        SiteSession session = SiteSession.open(options, cache, progress, false);
        SiteSession.Plan plan = session.plan();
        Manifest previous = cacheDir == null ? Manifest.empty(output) : Manifest.read(cacheDir.resolve("manifest"), output);
        Publisher.Result result = new Publisher().publish(plan.files(), output, progress, previous);
        if (cacheDir != null) {
            result.manifest().write(cacheDir.resolve("manifest"));
            cache.save();
            OutgoingLinks.write(cacheDir, OutgoingLinks.ofSite(plan.site(), plan.site().baseUrl(), plan.inputs(),
                    OutgoingLinks.read(cacheDir)));
        }
        return new BuildReport(plan.site().posts().size(), plan.site().pages().size(), plan.feeds(),
                plan.files().size(), result.rendered(), Duration.ofNanos(System.nanoTime() - started), output,
                session.warnings(), session.leftOut(), session.recognised());
    }
}
