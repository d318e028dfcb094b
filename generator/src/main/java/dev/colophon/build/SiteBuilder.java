package dev.colophon.build;

import dev.colophon.content.ContentScanner;
import dev.colophon.content.Document;
import dev.colophon.content.Problem;
import dev.colophon.output.AliasRenderer;
import dev.colophon.output.FeedRenderer;
import dev.colophon.output.ListRenderer;
import dev.colophon.output.OutputFile;
import dev.colophon.output.PageRenderer;
import dev.colophon.output.SitemapRenderer;
import dev.colophon.output.StaticFiles;
import dev.colophon.output.Views;
import dev.colophon.publish.Progress;
import dev.colophon.publish.Publisher;
import dev.colophon.site.Page;
import dev.colophon.site.Site;
import dev.colophon.site.SiteAssembler;
import dev.colophon.site.SiteConfig;
import dev.colophon.site.SiteConfigReader;
import dev.colophon.template.TemplateEngine;
import dev.colophon.template.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The build pipeline, start to end: config, content, site model, output files, publish. Each step is
 * linear in the number of posts; loading and writing run in parallel.
 */
public final class SiteBuilder {
    private final Progress progress;

    public SiteBuilder(Progress progress) {
        this.progress = progress;
    }

    public BuildReport build(BuildOptions options) {
        long started = System.nanoTime();
        Path root = options.source().toAbsolutePath().normalize();
        Path output = options.output().toAbsolutePath().normalize();
        SiteConfig config = new SiteConfigReader().read(root);
        if (options.baseUrl() != null) {
            config = config.withBaseUrl(options.baseUrl());
        }
        Theme theme = Theme.locate(root, config.theme());
        TemplateEngine templates = new TemplateEngine(root.resolve("templates"), theme);

        List<Path> sources = new ContentScanner(root, Set.of(output)).scan();
        List<Problem> warnings = new ArrayList<>();
        List<Page> published = new ContentLoader(root, config, progress).load(sources, included(options), warnings);
        Site site = new SiteAssembler().assemble(config, published);

        Views views = new Views(templates, site);
        List<OutputFile> feeds = new FeedRenderer().files(site);
        List<OutputFile> files = new ArrayList<>(new StaticFiles().files(List.of(theme.staticFiles(), root.resolve("static"))));
        files.addAll(new PageRenderer().files(views));
        files.addAll(new ListRenderer().files(views));
        files.addAll(new AliasRenderer().files(views));
        files.addAll(feeds);
        files.addAll(new SitemapRenderer().files(site));
        Publisher.checkUnique(files);
        new Publisher().publish(files, output, progress);

        return new BuildReport(site.posts().size(), site.pages().size(), feeds.size(), files.size(),
                Duration.ofNanos(System.nanoTime() - started), output, List.copyOf(warnings));
    }

    private static Predicate<Document> included(BuildOptions options) {
        Instant now = options.clock().instant();
        return doc -> (options.drafts() || !doc.draft())
                && (options.future() || doc.date() == null || !doc.date().toInstant().isAfter(now));
    }
}
