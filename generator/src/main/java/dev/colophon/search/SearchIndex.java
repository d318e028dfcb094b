package dev.colophon.search;

import dev.colophon.output.OutputFile;
import dev.colophon.output.Views;
import dev.colophon.search.internal.Dictionary;
import dev.colophon.search.internal.IndexWriter;
import dev.colophon.search.internal.IndexedDoc;
import dev.colophon.search.internal.PageAnalyzer;
import dev.colophon.search.internal.SavedAnalyses;
import dev.colophon.site.Fingerprint;
import dev.colophon.site.Page;
import dev.colophon.site.Site;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The site's search: a sharded index of every published post and page under {@code /search/}, the
 * client script that reads it, and the search page. Each file's fingerprint is the hash of its bytes,
 * so a rebuild rewrites exactly the shards an edit changed. Keeps each page's analysis from the last
 * plan, so the preview re-reads only the pages that changed.
 */
public final class SearchIndex {
    public static final String FOLDER = "search/";
    public static final String CLIENT = FOLDER + "search.js";
    /** Pages pair with posts by this order: pages first (they rarely come and go), then posts, oldest first, so a new post appends. */
    private static final Comparator<Page> ORDER = Comparator.comparing((Page p) -> p.post())
            .thenComparing(p -> p.date() == null ? 0L : p.date().toEpochSecond())
            .thenComparing(Page::url);

    private final byte[] client = resource("search.js");
    /** Whether to keep the analyses for the next plan: the preview plans again on every edit, a build only once. */
    private final boolean keep;
    /** Where the analyses are kept between builds, or null for none. */
    private final Path saved;
    private Map<Long, IndexedDoc> analyzed;
    /** Every word the analyses name, once: kept with them (a word an edit removed stays, costing a few bytes). */
    private Dictionary dictionary;
    /** What the preview may serve while a new index is written: the last files and how many pages they hold. */
    public static final int LATER_PAGES = 2_000;
    private List<OutputFile> last;
    private int lastPages;

    /**
     * @param keep whether to keep each page's analysis for the next plan (a one-off build has none: it holds 1 KB a page)
     * @param saved the file that keeps the analyses between builds (read at the first plan, written by a
     *     one-off build when a page was analysed), or null
     */
    public SearchIndex(boolean keep, Path saved) {
        this.keep = keep;
        this.saved = saved;
    }

    /**
     * The index files, and the search client and page.
     *
     * @param inputs a fingerprint of all but the pages that decides how a page renders (settings, code):
     *     an analysis is reused only for the same page under the same inputs
     */
    public synchronized List<OutputFile> files(Views views, long inputs) {
        List<OutputFile> files = write(views, inputs);
        last = files;
        lastPages = analyzed.size();
        return files;
    }

    /**
     * The files of the last {@link #files} call when the index is too big to write before serving an
     * edited page (over {@value #LATER_PAGES} pages: writing the index of 10,000 takes 0.4 s here, the
     * page 0.1 s), else null: then the preview serves these and writes the index after the page. A count,
     * not a timing, so that a small site never waits on a cold JIT's first measurement.
     */
    public synchronized List<OutputFile> slowLastFiles() {
        return lastPages > LATER_PAGES ? last : null;
    }

    private List<OutputFile> write(Views views, long inputs) {
        if (analyzed == null) {
            SavedAnalyses.Loaded loaded = saved == null ? SavedAnalyses.Loaded.none() : SavedAnalyses.read(saved);
            analyzed = loaded.docs();
            dictionary = loaded.dictionary();
        }
        Site site = views.site();
        if (!site.config().search()) {
            analyzed = new HashMap<>();
            dictionary = new Dictionary();
            return List.of();
        }
        List<Page> pages = new ArrayList<>(site.pages());
        pages.addAll(site.posts());
        pages.removeIf(p -> Boolean.FALSE.equals(p.params().get("search")));
        pages.sort(ORDER);
        long settings = Fingerprint.mix(inputs, Fingerprint.of(site.language() + "\n" + IndexWriter.FORMAT));
        long[] keys = pages.stream().mapToLong(p -> Fingerprint.mix(settings, p.fingerprint(), Fingerprint.of(p.url()))).toArray();
        Map<Long, IndexedDoc> previous = analyzed;
        Dictionary words = dictionary;
        // pages read in parallel, one analyzer (and stem cache) per thread: stemmers are not thread-safe
        ThreadLocal<PageAnalyzer> analyzers = ThreadLocal.withInitial(() -> new PageAnalyzer(site.language(), words));
        List<IndexedDoc> docs = IntStream.range(0, pages.size()).parallel()
                .mapToObj(i -> previous.containsKey(keys[i]) ? previous.get(keys[i]) : analyzers.get().analyze(pages.get(i)))
                .toList();
        Map<Long, IndexedDoc> now = new HashMap<>(pages.size() * 2);
        boolean changed = keys.length != previous.size();
        for (int i = 0; i < keys.length; i++) {
            now.put(keys[i], docs.get(i));
            changed |= !previous.containsKey(keys[i]);
        }
        if (saved != null && !keep && changed) {
            SavedAnalyses.write(saved, now, words);
        }
        analyzed = keep ? now : new HashMap<>();
        dictionary = keep ? dictionary : new Dictionary();
        String comments = site.config().searchComments() && site.config().hasComments() ? site.commentsUrl() : "";
        List<OutputFile> files = new ArrayList<>();
        new IndexWriter().write(docs, site.language(), comments).forEach((path, bytes) ->
                files.add(new OutputFile(FOLDER + path, "search index", Fingerprint.of(bytes), () -> bytes, null)));
        files.add(new OutputFile(CLIENT, "search client", Fingerprint.of(client), () -> client, null));
        if (views.hasTemplate("search")) {
            files.add(views.page("/search/", "search", "search page", 0, Map.of()));
        }
        return files;
    }

    private static byte[] resource(String name) {
        try (InputStream in = SearchIndex.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
