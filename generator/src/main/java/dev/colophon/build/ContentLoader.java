package dev.colophon.build;

import dev.colophon.content.BuildException;
import dev.colophon.content.Document;
import dev.colophon.content.DocumentReader;
import dev.colophon.config.Problem;
import dev.colophon.markdown.MarkdownRenderer;
import dev.colophon.markdown.RenderedMarkdown;
import dev.colophon.markdown.ShortcodeRegistry;
import dev.colophon.markdown.Shortcodes;
import dev.colophon.markdown.SiteLists;
import dev.colophon.markdown.ZolaAnchorLinks;
import dev.colophon.publish.Parallel;
import dev.colophon.publish.Progress;
import dev.colophon.settings.SiteConfig;
import dev.colophon.site.Fingerprint;
import dev.colophon.site.Page;
import dev.colophon.site.PageBody;
import dev.colophon.site.PageFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Reads, validates and renders source files in parallel, collecting every problem before failing. */
final class ContentLoader {
    /**
     * One source file, loaded.
     *
     * @param page the published page, or null for a draft or future post left out of this build
     * @param warnings what is odd about the file but not fatal
     * @param refs whether its page links to others by source file, to be resolved when all are known
     * @param listing for a page whose Liquid lists the site ({@code site.posts}), how it was rendered; else null
     * @param morePages the pages after the first of the index that Jekyll's paginator splits ({@code /page2/}...)
     */
    record Loaded(Document doc, Page page, List<Problem> warnings, boolean refs, Listing listing, List<Page> morePages) {
        Loaded(Document doc, Page page, List<Problem> warnings, boolean refs, Listing listing) {
            this(doc, page, warnings, refs, listing, List.of());
        }

        Loaded(Document doc, Page page, List<Problem> warnings, boolean refs) {
            this(doc, page, warnings, refs, null);
        }
    }

    /**
     * A page that lists the site: rendered first without the lists, then again once every page is known.
     *
     * @param unlisted the page rendered without the site's lists, which is what the lists show of it
     * @param lists the fingerprint of the lists its page was rendered with, 0 before they were known
     */
    record Listing(Page unlisted, long lists) {
    }

    private final Path root;
    private final DocumentReader reader;
    private final MarkdownRenderer markdown;
    private final Shortcodes shortcodes;
    private final ShortcodePass pass;
    /** The settings rendered Markdown depends on besides the file: part of its cache key. */
    private final long markdownSettings;
    private final PageFactory pages;
    /** Liquid variables and the site's own shortcodes, for sites made with another generator. */
    private final PeerContent peer;
    private final RenderCache cache;
    private final Predicate<Document> include;
    private final ZolaAnchorMode anchors;

    private final java.time.Instant now;

    private final dev.colophon.markdown.AsciiDocRenderer asciiDoc;

    ContentLoader(Path root, SiteConfig config, RenderCache cache, Predicate<Document> include, java.time.Instant now,
                  dev.colophon.markdown.AsciiDocRenderer asciiDoc) {
        this.asciiDoc = asciiDoc;
        this.now = now;
        this.root = root;
        this.reader = new DocumentReader(config, root);
        this.markdown = new MarkdownRenderer(config.highlightCode(), PeerContent.markdownOptions(config));
        this.shortcodes = new Shortcodes(ShortcodeRegistry.builtIn(), config.root(), config.basePath());
        this.pass = new ShortcodePass(shortcodes);
        this.peer = new PeerContent(root, config, now);
        this.markdownSettings = Fingerprint.of("highlight_code=" + config.highlightCode() + " root=" + config.root()
                + " " + PeerContent.markdownOptions(config));
        this.pages = new PageFactory(config);
        this.cache = cache;
        this.include = include;
        this.anchors = new ZolaAnchorMode(root, config);
    }

    /** Loads files (relative to the root); a file that no longer exists maps to null. */
    Map<Path, Loaded> load(Collection<Path> files, Progress progress) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        Map<Path, Loaded> loaded = new ConcurrentHashMap<>();
        List<Path> gone = Collections.synchronizedList(new ArrayList<>());
        Progress.Step step = progress.step("read", files.size());
        Parallel.forEach(List.copyOf(files), relative -> {
            step.advance();
            try {
                loaded.put(relative, loadOne(relative));
            } catch (NoSuchFileException e) {
                gone.add(relative);
            } catch (BuildException e) {
                problems.addAll(e.problems());
            } catch (CharacterCodingException e) {
                problems.add(new Problem(relative, 0, "is not UTF-8 text; save it as UTF-8"));
            } catch (IOException e) {
                problems.add(new Problem(relative, 0, "cannot be read: " + e.getMessage()));
            } catch (StackOverflowError e) {
                problems.add(new Problem(relative, 0, "is nested too deeply to render (quotes or lists thousands of levels deep)"));
            } catch (RuntimeException e) {
                problems.add(new Problem(relative, 0, "could not be rendered (" + e + "); please report this with the file"));
            }
        });
        if (!problems.isEmpty()) {
            throw new BuildException(problems.stream().sorted(Comparator.comparing((Problem p) -> p.file().toString())
                    .thenComparingInt(Problem::line)).toList());
        }
        Map<Path, Loaded> result = new java.util.HashMap<>(loaded);
        gone.forEach(path -> result.put(path, null));
        return result;
    }

    /**
     * Renders again, with the site's lists, the pages that asked for them ({@code site.posts},
     * {@code paginator}); a file that has gone meanwhile keeps what it had.
     */
    Map<Path, Loaded> relist(Map<Path, Loaded> pages, SiteListing listing) {
        Map<Path, Loaded> relisted = new ConcurrentHashMap<>();
        Parallel.forEach(List.copyOf(pages.keySet()), relative -> {
            Loaded first = pages.get(relative);
            try {
                Loaded again = loadOne(relative, listing, 1);
                List<Page> more = new ArrayList<>();
                for (int n = 2; n <= listing.pagesOf(relative) && again.page() != null; n++) { // Jekyll's /page2/ and on
                    Page page = loadOne(relative, listing, n).page();
                    String url = listing.urlOf(relative, n);
                    more.add(page.at(url, this.pages.permalinkOf(url)));
                }
                relisted.put(relative, new Loaded(again.doc(), again.page(), again.warnings(), again.refs(),
                        new Listing(first.listing().unlisted(), listing.fingerprint()), List.copyOf(more)));
            } catch (IOException | BuildException e) {
                relisted.put(relative, first);
            }
        });
        return relisted;
    }

    private Loaded loadOne(Path relative) throws IOException {
        return loadOne(relative, null, 1);
    }

    /**
     * @param listing the site's lists, once known; null on the first pass, which notes whether the page asks for them
     * @param number the page of Jekyll's paginator to render, for the index it paginates (1 for any other page)
     */
    private Loaded loadOne(Path relative, SiteListing listing, int number) throws IOException {
        byte[] bytes = Files.readAllBytes(root.resolve(relative));
        String text = utf8(bytes);
        List<Problem> warnings = new ArrayList<>(0);
        Document doc = reader.read(relative, text, warnings);
        if (!include.test(doc)) {
            return new Loaded(doc.withoutBody(), null, warnings, false);
        }
        // One hash of the whole file keys the Markdown cache and fingerprints the page.
        long fingerprint = Fingerprint.of(bytes);
        if (dev.colophon.content.ContentScanner.isAsciiDoc(relative)) { // JBake's AsciiDoc: Asciidoctor's HTML, no shortcodes
            long key = cache.key(Fingerprint.mix(fingerprint, markdownSettings, Fingerprint.of("asciidoc")), doc.toc());
            PageBody body = cache.get(key);
            if (body == null) {
                body = cache.put(key, PeerContent.htmlPage(asciiDoc.render(doc.body()), doc.summary()));
            }
            boolean scheduled = doc.date() != null && doc.date().toInstant().isAfter(now);
            return new Loaded(doc.withoutBody(), pages.create(doc, body, fingerprint, scheduled), warnings, false);
        }
        SiteLists lists = listing == null ? SiteLists.unknown() : listing.forPage(relative, number);
        Shortcodes.Result source = pass.expand(relative, doc.bodyLine(), doc.body(), () -> peer.shortcodesFor(shortcodes, doc, lists),
                warnings);
        // keyed by the expanded text: a shortcode template or a site variable may change it
        long key = cache.key(Fingerprint.mix(fingerprint, markdownSettings, Fingerprint.of(source.markdown())), doc.toc());
        if (listing != null) { // what the page shows of other pages is part of it
            fingerprint = Fingerprint.mix(fingerprint, Fingerprint.of(source.markdown()));
            if (lists.paginated() && !listing.paginates(relative)) {
                warnings.add(new Problem(relative, doc.bodyLine(), "paginator is approximated: this page lists all the site's posts"
                        + " on one page (paginator.page 1 of 1, no next or previous page), where Jekyll splits them into pages",
                        "approximated"));
            }
        }
        PageBody body = cache.get(key);
        if (body == null && PeerContent.isHtml(relative)) {
            // Jekyll's and JBake's HTML pages: HTML as written
            body = cache.put(key, PeerContent.htmlPage(source.markdown(), doc.summary()));
        } else if (body == null) {
            body = cache.put(key, markdown.render(source.markdown(), doc.toc(), doc.summary()));
        }
        String anchorMode = PeerContent.isHtml(relative) ? "none" : anchors.forPage(relative);
        if (!anchorMode.equals("none")) { // Zola's insert_anchor_links, from the section: kept apart from the plain HTML
            long anchored = Fingerprint.mix(key, Fingerprint.of(anchorMode));
            PageBody plain = body;
            body = cache.get(anchored);
            if (body == null) {
                body = cache.put(anchored, new RenderedMarkdown(ZolaAnchorLinks.insert(plain.html().html(), anchorMode),
                        plain.summaryHtml(), plain.summaryText(), plain.words()));
            }
            fingerprint = Fingerprint.mix(fingerprint, Fingerprint.of(anchorMode));
        }
        if (body.templateSyntax()) { // only then is the body read back
            ShortcodePass.checkResidue(relative, body.html().html(), source.literal(), warnings);
        }
        boolean scheduled = doc.date() != null && doc.date().toInstant().isAfter(now);
        // the Markdown itself is not kept: a big site's sources would fill memory as its bodies did
        Page page = pages.create(doc, body, fingerprint, scheduled);
        return new Loaded(doc.withoutBody(), page, warnings, source.refs(), lists.wanted() ? new Listing(page, 0) : null);
    }

    /** Decodes UTF-8, failing on bytes that are not, as {@code Files.readString} does, at the cost of a scan. */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)); // throws where the bytes are bad
        }
        return text;
    }
}
