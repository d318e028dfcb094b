package dev.colophon.build;

import dev.colophon.content.ContentScanner;
import dev.colophon.content.Document;
import dev.colophon.config.Problem;
import dev.colophon.output.AliasRenderer;
import dev.colophon.output.ContentAssets;
import dev.colophon.output.FeedRenderer;
import dev.colophon.output.ListRenderer;
import dev.colophon.output.OutputFile;
import dev.colophon.output.PageRenderer;
import dev.colophon.output.RedirectsRenderer;
import dev.colophon.output.SectionRenderer;
import dev.colophon.output.SitemapRenderer;
import dev.colophon.output.StaticFiles;
import dev.colophon.output.Views;
import dev.colophon.publish.Progress;
import dev.colophon.publish.Publisher;
import dev.colophon.search.SearchIndex;
import dev.colophon.settings.SiteConfig;
import dev.colophon.settings.SiteConfigReader;
import dev.colophon.site.Fingerprint;
import dev.colophon.site.Page;
import dev.colophon.site.RefLinks;
import dev.colophon.site.Site;
import dev.colophon.site.SiteAssembler;
import dev.colophon.template.TemplateEngine;
import dev.colophon.template.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A site loaded in memory: settings, templates and every source file. A one-off build loads it once;
 * the preview keeps it and reloads only the files that changed, then plans the outputs again so that
 * only those whose fingerprint changed are rendered.
 */
public final class SiteSession {
    /**
     * What to publish: the site model and every output file with its fingerprint.
     *
     * @param inputs a fingerprint of everything but the pages that decides how a page renders (settings,
     *     templates, code, options): with a page's own fingerprint, it names what was made of that page
     */
    public record Plan(Site site, List<OutputFile> files, int feeds, long inputs, LaterSearch laterSearch) {
    }

    /**
     * The search index of a plan that the preview writes after serving the pages: {@code files} holds
     * the last index ({@code stale}) until {@code fresh} gives the new one.
     */
    public record LaterSearch(List<OutputFile> stale, java.util.function.Supplier<List<OutputFile>> fresh) {
    }

    private final BuildOptions options;
    private final Path root;
    private final Path output;
    private final RenderCache cache;
    /** The search index, which keeps each page's analysis between plans when there will be more than one. */
    private final SearchIndex search;
    /** Whether plans follow edits (the preview), which may then write the search index after the pages. */
    private final boolean replans;
    private final Map<Path, ContentLoader.Loaded> loaded = new TreeMap<>();
    /** Files among the content published as they are, with their fingerprints, kept up to date by reload. */
    private final Map<Path, Long> assets = new TreeMap<>();
    /** The static folders' files, walked again only when one of them changed (null until then). */
    private List<OutputFile> staticFiles;
    /** What the last plan found odd: links to pages that do not exist. */
    private List<Problem> planWarnings = List.of();
    /** What the last full scan found odd: translations into other languages. */
    private List<Problem> scanWarnings = List.of();
    private List<Problem> staticWarnings = List.of();
    private SiteConfig config;
    private Theme theme;
    private TemplateEngine templates;
    /** JBake's AsciiDoc pages, rendered by one Asciidoctor that starts on the first of them and is kept. */
    private final dev.colophon.markdown.AsciiDocRenderer asciiDoc = new dev.colophon.markdown.AsciiDocRenderer();
    /** Hugo's and Zola's sections, read again at each plan (their _index.md files are not sources). */
    private SectionReader sections;
    private long settings;
    /** The last plan's views, for {@link #pagesFirst}: read by the thread that serves edits while a plan runs. */
    private volatile Views lastViews;

    private SiteSession(BuildOptions options, RenderCache cache, boolean replans) {
        this.options = options;
        this.replans = replans;
        this.search = new SearchIndex(replans, options.cache() == null ? null : options.cache().resolve("search.cache"));
        this.root = options.source().toAbsolutePath().normalize();
        this.output = options.output().toAbsolutePath().normalize();
        this.cache = cache;
    }

    /** A session that plans again after changes, as the preview does. */
    public static SiteSession open(BuildOptions options, RenderCache cache, Progress progress) {
        return open(options, cache, progress, true);
    }

    /** @param replans whether {@link #plan} will run again after changes: then it keeps what makes that cheap */
    public static SiteSession open(BuildOptions options, RenderCache cache, Progress progress, boolean replans) {
        SiteSession session = new SiteSession(options, cache, replans);
        session.loadSettings();
        session.loadAll(progress);
        return session;
    }

    public Path root() {
        return root;
    }

    /**
     * Takes in changed paths (absolute). Settings reload when site.yml or a template changes; a changed
     * site.yml (or another generator's configuration or data files) reloads every source, a changed source only itself. Throws on bad input, leaving the
     * sources as they were before the change (files published as they are always follow the disk).
     */
    public void reload(Collection<Path> changed) {
        boolean config = changed.stream().anyMatch(this::isSettings);
        boolean look = changed.stream().anyMatch(p -> p.startsWith(root.resolve("templates")) || p.startsWith(root.resolve("themes")));
        if (config) {
            loadSettings();
            loadAll(Progress.silent()); // replaces the loaded files only once all of them loaded
            return;
        }
        if (look) {
            loadSettings();
        }
        Set<Path> sources = new HashSet<>();
        boolean rescan = false;
        List<Path> staticFolders = staticFolders();
        ContentScanner scanner = scanner();
        for (Path path : changed) {
            if (!path.startsWith(root) || path.startsWith(output) || path.equals(root)) {
                continue;
            }
            if (staticFolders.stream().anyMatch(path::startsWith)) {
                staticFiles = null;
                continue;
            }
            Path relative = root.relativize(path);
            if (relative.getFileName().toString().equals("_index.md") && this.config.migration().is(dev.colophon.settings.peer.Generator.ZOLA)) {
                Path folder = relative.getParent(); // its insert_anchor_links shapes the headings of the pages below it
                loaded.keySet().stream().filter(p -> folder == null || p.startsWith(folder)).forEach(sources::add);
            }
            if (ContentScanner.isMarkdown(relative) || scanner.isHtmlPage(relative) || scanner.isSource(relative)) {
                sources.add(relative);
            } else if (Files.isRegularFile(path)) {
                if (scanner.isAsset(relative)) {
                    assets.put(relative, StaticFiles.fingerprintOf(path));
                }
            } else if (Files.isDirectory(path) || (assets.remove(relative) == null && relative.getNameCount() > 1
                    && scanner.inContent(relative))) {
                rescan = true; // a folder appeared, moved or went: find its files
            }
        }
        if (rescan) {
            ContentScanner.Found now = scanner.scan();
            Set<Path> present = new HashSet<>(now.sources());
            sources.addAll(present);
            loaded.keySet().stream().filter(p -> !present.contains(p)).forEach(sources::add);
            replaceAssets(now.assets());
        }
        sources.removeIf(p -> !scanner.isSource(p) && !scanner.isHtmlPage(p));
        Map<Path, ContentLoader.Loaded> fresh = loader().load(sources, Progress.silent());
        fresh.forEach((path, value) -> {
            if (value == null) {
                loaded.remove(path);
            } else {
                loaded.put(path, value);
            }
        });
    }

    /**
     * Whether a changed file is part of the settings every page may read: site.yml, and for a site of
     * another generator its configuration and data files ({@code _config.yml}, {@code hugo.toml},
     * {@code config/}, {@code _data/}, {@code _includes/}, {@code data/}...).
     */
    private boolean isSettings(Path changed) {
        if (changed.equals(root.resolve(SiteConfigReader.FILE_NAME))) {
            return true;
        }
        if (config == null || config.migration().is(dev.colophon.settings.peer.Generator.COLOPHON) || !changed.startsWith(root)
                || changed.equals(root)) {
            return false;
        }
        String first = root.relativize(changed).getName(0).toString();
        return Set.of("_data", "_includes", "data", "config", "_config.yml", "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
                "config.toml", "config.yaml", "config.yml", "config.json", "jbake.properties").contains(first);
    }

    public Plan plan() {
        if (loaded.values().stream().anyMatch(l -> l.listing() != null && l.page() != null)) {
            relist();
        }
        List<Page> published = loaded.values().stream().map(ContentLoader.Loaded::page).filter(Objects::nonNull).toList();
        planWarnings = new ArrayList<>();
        if (loaded.values().stream().anyMatch(l -> l.refs() && l.page() != null)) {
            RefLinks links = new RefLinks(config, published, sections.indexes()); // loaded is sorted by path: the first of two names wins
            published = loaded.values().stream().filter(l -> l.page() != null)
                    .flatMap(l -> Stream.concat(Stream.of(l.page()), l.morePages().stream()).map(p -> l.refs() ? links.resolve(p, planWarnings) : p))
                    .toList();
        } else if (loaded.values().stream().anyMatch(l -> !l.morePages().isEmpty())) { // a paginated index's later pages
            published = loaded.values().stream().filter(l -> l.page() != null)
                    .flatMap(l -> Stream.concat(Stream.of(l.page()), l.morePages().stream())).toList();
        }
        Site site = new SiteAssembler().assemble(config, published, options.embedScript());
        long inputs = Fingerprint.mix(settings, CodeIdentity.CURRENT,
                Fingerprint.of(options.embedScript() + options.drafts() + options.future() + options.baseUrl()));
        long global = Fingerprint.mix(inputs, Fingerprint.ofPages(asInMenus(site.pages())));
        Views views = new Views(templates, site, global);
        lastViews = views;
        List<OutputFile> feeds = new FeedRenderer().files(site, global);
        if (staticFiles == null) {
            staticWarnings = new ArrayList<>();
            staticFiles = new StaticFiles().files(staticFolders(), root, staticWarnings);
        }
        List<OutputFile> assetFiles = contentAssets();
        Set<String> assetPaths = new HashSet<>();
        assetFiles.forEach(f -> assetPaths.add(f.path()));
        String themeStatic = theme.staticFiles().toString();
        List<OutputFile> files = new ArrayList<>(staticFiles.stream() // a Jekyll site's own favicon.ico beats the theme's
                .filter(f -> !(assetPaths.contains(f.path()) && f.origin().startsWith(themeStatic))).toList());
        files.addAll(assetFiles);
        List<OutputFile> pages = new PageRenderer().files(views);
        files.addAll(pages);
        List<OutputFile> generated = new ArrayList<>(new ListRenderer().files(views));
        generated.addAll(new SectionRenderer().files(views, sections.read(site.pages().isEmpty() ? site.posts()
                : java.util.stream.Stream.concat(site.posts().stream(), site.pages().stream()).toList(), planWarnings)));
        generated.addAll(new AliasRenderer().files(views));
        generated.addAll(feeds);
        List<OutputFile> stale = replans ? search.slowLastFiles() : null;
        LaterSearch laterSearch = stale == null ? null : new LaterSearch(stale, () -> search.files(views, inputs));
        generated.addAll(stale != null ? stale : PhaseTimings.time("search index", () -> search.files(views, inputs)));
        // another generator's site keeps its own pages where Colophon would write lists, redirects or search
        files.addAll(config.migration().is(dev.colophon.settings.peer.Generator.COLOPHON) ? generated
                : PeerCollisions.resolve(pages, generated, planWarnings));
        List<OutputFile> redirects = new RedirectsRenderer().files(config, staticFolders(), global);
        if (!redirects.isEmpty()) { // the site's own _redirects, if any, is written with the rule added
            files.removeIf(f -> f.path().equals(RedirectsRenderer.FILE));
            files.addAll(redirects);
        }
        boolean ownRobots = files.stream().anyMatch(f -> f.path().equals(SitemapRenderer.ROBOTS));
        new SitemapRenderer().files(site, global).stream()
                .filter(f -> !(ownRobots && f.path().equals(SitemapRenderer.ROBOTS))) // the site's own robots.txt wins
                .forEach(files::add);
        Publisher.checkUnique(files);
        return new Plan(site, files, feeds.size(), inputs, laterSearch);
    }

    /**
     * The pages of edited Markdown files, rendered at once against the last plan, so that the page the
     * writer is looking at is served before the whole site is planned again (at 100,000 posts a plan takes
     * seconds; one page, milliseconds). Reads the files but changes nothing here: {@link #reload} and
     * {@link #plan} still follow, on another thread, and find these files' fingerprints as rendered.
     * Empty for a site of up to {@value SearchIndex#LATER_PAGES} pages, when anything else changed, or an edit moves a page (new URL or date) or needs the other pages
     * to render (links by source file, Liquid lists, a paginated index): the whole plan tells those.
     */
    public List<OutputFile> pagesFirst(Collection<Path> changed) {
        Views views = lastViews;
        if (views == null || changed.isEmpty() || views.site().posts().size() + views.site().pages().size() <= SearchIndex.LATER_PAGES) {
            return List.of(); // a small site plans in milliseconds: its page, lists and search index change at once
        }
        Set<Path> sources = new HashSet<>();
        for (Path path : changed) {
            if (!path.startsWith(root) || path.startsWith(output) || path.equals(root) || isSettings(path)
                    || !ContentScanner.isMarkdown(root.relativize(path)) || !Files.isRegularFile(path)) {
                return List.of();
            }
            sources.add(root.relativize(path));
        }
        Map<Path, ContentLoader.Loaded> read;
        try {
            read = loader(views.site().config()).load(sources, Progress.silent()); // the plan's settings, not ones a reload is changing
        } catch (RuntimeException e) {
            return List.of(); // a broken file: the plan reports it
        }
        List<OutputFile> files = new ArrayList<>();
        PageRenderer renderer = new PageRenderer();
        for (ContentLoader.Loaded l : read.values()) {
            if (l == null || l.page() == null || l.refs() || l.listing() != null || !l.morePages().isEmpty()) {
                return List.of();
            }
            OutputFile file = renderer.fileOf(views, l.page());
            if (file == null) {
                return List.of();
            }
            files.add(file);
        }
        return files.size() == sources.size() ? files : List.of();
    }

    /**
     * Renders again, with the site's lists, the pages whose Liquid asked for them ({@code site.posts}),
     * when what the lists show changed since their last rendering (always, at the first plan): a warm
     * build or the preview renders them again when a post is added, changed or taken away, and only then.
     */
    private void relist() {
        List<Page> unlisted = loaded.values().stream().map(l -> l.listing() != null ? l.listing().unlisted() : l.page())
                .filter(Objects::nonNull).toList();
        SiteListing listing = new SiteListing(config, unlisted, root, assets);
        Map<Path, ContentLoader.Loaded> stale = new TreeMap<>();
        loaded.forEach((path, l) -> {
            if (l.listing() != null && l.page() != null && l.listing().lists() != listing.fingerprint()) {
                stale.put(path, l);
            }
        });
        if (!stale.isEmpty()) {
            loaded.putAll(loader().relist(stale, listing));
        }
    }

    /**
     * The pages as every page's menu shows them: one that lists the site by its own file, not by the
     * lists it shows, so that a post's change renders that page again but not every page.
     */
    private List<Page> asInMenus(List<Page> pages) {
        Map<Path, Page> unlisted = new HashMap<>();
        loaded.values().forEach(l -> {
            if (l.listing() != null && l.page() != null) {
                unlisted.put(l.page().source(), l.listing().unlisted());
            }
        });
        return unlisted.isEmpty() ? pages : pages.stream().map(p -> unlisted.getOrDefault(p.source(), p)).toList();
    }

    private List<OutputFile> contentAssets() {
        ContentAssets contentAssets = new ContentAssets(root, config);
        Set<Path> bundles = new HashSet<>();
        Map<Path, Page> published = new HashMap<>();
        loaded.forEach((source, value) -> {
            if (contentAssets.isBundle(source)) {
                bundles.add(source.getParent());
                if (value.page() != null) {
                    published.put(source.getParent(), value.page());
                }
            }
        });
        return contentAssets.files(assets, bundles, published);
    }

    /** The line saying whose layout this site has, and why. */
    public String recognised() {
        return "Recognised a " + config.migration().generator().displayName() + " site: " + config.migration().reason();
    }

    /** The drafts and future posts this build leaves out, for the summary line. */
    public LeftOut leftOut() {
        Instant now = options.clock().instant();
        int drafts = 0;
        int future = 0;
        for (ContentLoader.Loaded l : loaded.values()) {
            if (l.page() == null && l.doc().draft()) {
                drafts++;
            } else if (l.page() == null && l.doc().date() != null && l.doc().date().toInstant().isAfter(now)) {
                future++;
            }
        }
        return new LeftOut(drafts, future);
    }

    /** How many drafts and future posts a build left out. */
    public record LeftOut(int drafts, int future) {
    }

    public List<Problem> warnings() {
        List<Problem> all = new ArrayList<>();
        loaded.values().forEach(l -> all.addAll(l.warnings()));
        all.addAll(scanWarnings);
        all.addAll(staticWarnings);
        all.addAll(planWarnings);
        return all;
    }

    private void loadSettings() {
        SiteConfig read = new SiteConfigReader().read(root);
        SiteConfig effective = options.baseUrl() != null ? read.withBaseUrl(options.baseUrl()) : read;
        effective = options.commentsUrl() != null ? effective.withCommentsUrl(options.commentsUrl()) : effective;
        Theme located = Theme.locate(root, effective.theme());
        TemplateEngine engine = new TemplateEngine(root.resolve("templates"), located);
        this.settings = Fingerprint.mix(Fingerprint.of(effective.toString()), folderFingerprint(root.resolve("templates")),
                folderFingerprint(located.templates()));
        this.config = effective;
        this.theme = located;
        this.templates = engine;
        this.sections = new SectionReader(root, effective, new dev.colophon.markdown.MarkdownRenderer(effective.highlightCode(),
                PeerContent.markdownOptions(effective)));
        this.staticFiles = null;
    }

    private void loadAll(Progress progress) {
        ContentScanner.Found found = scanner().scan();
        int others = found.translations().size() - 1;
        scanWarnings = new ArrayList<>(found.refused());
        if (others >= 0) {
            scanWarnings.add(new Problem(found.translations().get(0), 0, "left out"
                    + (others == 0 ? "" : ", with " + BuildReport.count(others, "other translation"))
                    + ": Colophon builds one language, '" + config.language() + "' (site.yml's language)", "translation"));
        }
        Map<Path, ContentLoader.Loaded> all = loader().load(found.sources(), progress);
        replaceAssets(found.assets());
        loaded.clear();
        all.forEach((path, value) -> {
            if (value != null) {
                loaded.put(path, value);
            }
        });
    }

    private ContentLoader loader() {
        return loader(config);
    }

    private ContentLoader loader(SiteConfig settings) {
        return new ContentLoader(root, settings, cache, included(), options.clock().instant(), asciiDoc);
    }

    private List<Path> staticFolders() {
        List<Path> folders = new ArrayList<>(List.of(theme.staticFiles()));
        config.staticDirs().forEach(dir -> folders.add(root.resolve(dir).normalize()));
        return folders;
    }

    private void replaceAssets(List<Path> found) {
        assets.clear();
        found.forEach(asset -> assets.put(asset, StaticFiles.fingerprintOf(root.resolve(asset))));
    }

    private ContentScanner scanner() {
        Set<Path> excluded = new HashSet<>(List.of(output, root.resolve(".colophon")));
        config.staticDirs().forEach(dir -> excluded.add(root.resolve(dir).normalize()));
        excluded.addAll(dev.colophon.settings.peer.PeerExclusions.folders(root, config.migration())); // Jekyll's _includes, _data...
        return new ContentScanner(root, config.contentPath(), config.language(), excluded,
                !config.migration().is(dev.colophon.settings.peer.Generator.COLOPHON));
    }

    private Predicate<Document> included() {
        Instant now = options.clock().instant();
        return doc -> (options.drafts() || !doc.draft())
                && (options.future() || doc.date() == null || !doc.date().toInstant().isAfter(now));
    }

    private static long folderFingerprint(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Long> parts = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                parts.add(Fingerprint.mix(Fingerprint.of(folder.relativize(file).toString()), Fingerprint.of(Files.readAllBytes(file))));
            }
            return Fingerprint.mixAll(0, parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
