package dev.colophon.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.e2e.Browser;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A common key's postings cut into a head and a tail rank exactly as the whole list does, in headless
 * Chromium: the client fetches a tail only when the heads cannot prove its results. The same 400 pages
 * are indexed twice, whole and with heads of 20 postings, and every query must give the same results.
 */
class CommonKeyTiersTest {
    static final List<String> WORDS = List.of("alpha", "alpine", "beta", "gamma", "delta", "epsilon", "zeta", "theta");

    @TempDir
    static Path tmp;
    static Javalin server;
    static String site;
    static Browser browser;

    @BeforeAll
    static void indexTwiceAndServe() throws IOException {
        List<IndexedDoc> docs = docs();
        write(new IndexWriter(1_000_000).write(docs, "en", ""), tmp.resolve("whole"));
        write(new IndexWriter(20).write(docs, "en", ""), tmp.resolve("tiered"));
        server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.add(s -> {
                s.directory = tmp.toString();
                s.location = Location.EXTERNAL;
            });
        }).start("127.0.0.1", 0);
        site = "http://127.0.0.1:" + server.port();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theTieredIndexWritesTailShardsOnlyForCommonKeys() throws IOException {
        try (var files = Files.list(tmp.resolve("tiered/search/u"))) {
            assertThat(files.toList()).isNotEmpty();
        }
        assertThat(tmp.resolve("whole/search/u")).doesNotExist();
        assertThat(Files.readString(tmp.resolve("tiered/search/index.js"))).contains("\"tails\":[\"\"");
    }

    @Test
    void everyQueryRanksTheSamePagesInTheSameOrderAsTheWholeIndex() {
        List<String> queries = List.of("{query:'alpha',limit:6}", "{query:'alpha beta',limit:10}", "{query:'gamma delta epsilon',limit:8}",
                "{query:'alp',limit:6}", "{query:'alpah beta',limit:6}", "{query:'alpha beta',limit:10,offset:10}",
                "{query:'beta',tag:'t1',limit:10}", "{query:'delta',year:'2025',limit:10}", "{query:'zeta theta',limit:300}",
                "{query:'theta',limit:1}");
        Map<String, List<?>> whole = new HashMap<>();
        open("whole");
        queries.forEach(query -> whole.put(query, results(query)));
        open("tiered");
        for (String query : queries) {
            assertThat(results(query)).as(query).isEqualTo(whole.get(query)).isNotEmpty();
        }
    }

    @Test
    void aQueryTheHeadsAnswerFetchesNoTailAndOneThatNeedsMoreDoes() {
        open("tiered");
        assertThat(results("{query:'alpha',limit:3}")).hasSize(3);
        assertThat(fetched()).anyMatch(f -> f.contains("/search/t/")).noneMatch(f -> f.contains("/search/u/"));
        assertThat(results("{query:'alpha',limit:200}")).hasSize(200);
        assertThat(fetched()).anyMatch(f -> f.contains("/search/u/"));
    }

    @Test
    void aCountFromTheHeadsIsMarkedAsAnEstimate() {
        open("tiered");
        Map<?, ?> heads = search("{query:'alpha',limit:3}");
        assertThat(heads.get("about")).isEqualTo(true);
        open("whole");
        Map<?, ?> whole = search("{query:'alpha',limit:3}");
        assertThat(whole.get("about")).isEqualTo(false);
        assertThat(heads.get("total")).as("one word: its page count, from its head").isEqualTo(whole.get("total"));
    }

    /** A fresh page of one index, its client loaded: nothing of the index is cached yet. */
    private static void open(String index) {
        browser.open(site + "/" + index + "/");
        browser.await("input[type=search]");
        browser.js("return new Promise(r => { const s = document.createElement('script'); s.src = 'search/search.js'; s.onload = r;"
                + " document.head.appendChild(s); })");
    }

    /** The results' paths, without the index's folder. */
    private static List<?> results(String options) {
        return ((List<?>) search(options).get("results")).stream()
                .map(r -> ((Map<?, ?>) r).get("url").toString().replaceAll("^.*/p/", "/p/")).toList();
    }

    private static Map<?, ?> search(String options) {
        return (Map<?, ?>) browser.js("return window.ColophonSearch.search(" + options + ")");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fetched() {
        return (List<String>) browser.js("return performance.getEntriesByType('resource').map(e => e.name)");
    }

    /** Pages whose words are common, some in titles and headings, of lengths from 20 to 800 words. */
    private static List<IndexedDoc> docs() {
        Random random = new Random(12);
        List<IndexedDoc> docs = new ArrayList<>();
        Dictionary dictionary = new Dictionary();
        for (int id = 0; id < 400; id++) {
            Map<String, Integer> terms = new HashMap<>();
            Set<String> words = new HashSet<>();
            int length = 20 + random.nextInt(780);
            for (String word : WORDS) {
                if (random.nextInt(10) < 7) {
                    int value = 1 + random.nextInt(12);
                    value |= random.nextInt(12) == 0 ? IndexedDoc.TITLE : 0;
                    value |= random.nextInt(15) == 0 ? IndexedDoc.HEADING : 0;
                    terms.put(word, value);
                    words.add(word);
                }
            }
            int year = 2024 + id % 3;
            String tag = "t" + id % 4;
            docs.add(IndexedDoc.of("/p/" + id + "/", "Page " + id, year + "-01-01", year, List.of(tag), List.of(tag),
                    "Text of page " + id, terms, Map.of(), length, words, dictionary));
        }
        return docs;
    }

    private static void write(Map<String, byte[]> files, Path root) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = root.resolve("search").resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        try (InputStream client = Objects.requireNonNull(IndexWriter.class.getResourceAsStream("/dev/colophon/search/search.js"))) {
            Files.write(root.resolve("search/search.js"), client.readAllBytes());
        }
        Files.writeString(root.resolve("index.html"), "<!doctype html><title>t</title><form data-search-root=\"/"
                + root.getFileName() + "/\" data-search-page=\"/\"><input type=search></form>");
    }
}
