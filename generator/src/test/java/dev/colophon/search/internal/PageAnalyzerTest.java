package dev.colophon.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.site.Body;
import dev.colophon.site.Page;
import dev.colophon.site.Tag;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The array-based analysis packs what the definition by maps of strings says a page holds. */
class PageAnalyzerTest {
    private final Dictionary dictionary = new Dictionary();
    private final PageAnalyzer analyzer = new PageAnalyzer("en", dictionary);

    @Test
    void aPageIsPackedAsItsKeysWeightsFormsAndWordsSay() {
        Page page = page("Running Rivers", "A summary about kettles",
                "<h2>Rivers run</h2><p>Running water, running <em>rivers</em>. Résumé!</p><pre>running code zzqq</pre>", "Water");
        IndexedDoc doc = analyzer.analyze(page);

        IndexedDoc expected = IndexedDoc.of(page.url(), page.title(), "2026-01-02", 2026, List.of("Water"), List.of("water"),
                doc.text(),
                Map.of("river", 2 | IndexedDoc.HEADING | IndexedDoc.TITLE, "run", 4 | IndexedDoc.HEADING | IndexedDoc.TITLE,
                        "water", 1 | IndexedDoc.TAG, "resume", 1, "code", 1, "zzqq", 1, "a", 1, "summari", 1, "about", 1, "kettl", 1),
                Map.of("rivers", "river", "running", "run", "summary", "summari", "kettles", "kettl"),
                10, Set.of("rivers", "running", "water", "resume"), dictionary);
        assertThat(described(doc)).isEqualTo(described(expected));
        assertThat(doc.packed()).isEqualTo(expected.packed());
        assertThat(doc.length()).isEqualTo(10);
        assertThat(doc.text()).isEqualTo("Rivers run Running water, running rivers. Résumé! running code zzqq");
    }

    @Test
    void marksOfOnePageDoNotLeakIntoTheNext() {
        analyzer.analyze(page("Lantern", "", "<p>lantern lantern orchard</p>", "Light"));
        IndexedDoc second = analyzer.analyze(page("Meadow", "", "<p>meadow</p>", "Grass"));

        IndexedDoc expected = IndexedDoc.of("/p/", "Meadow", "2026-01-02", 2026, List.of("Grass"), List.of("grass"), "meadow",
                Map.of("meadow", 1 | IndexedDoc.TITLE, "grass", IndexedDoc.TAG), Map.of(), 1, Set.of("meadow"), dictionary);
        assertThat(described(second)).isEqualTo(described(expected));
        assertThat(second.packed()).isEqualTo(expected.packed());
    }

    /** Keys with weights, forms and words as words, sorted: what a failure should show. */
    private String described(IndexedDoc doc) {
        TreeMap<String, Integer> terms = new TreeMap<>();
        TreeMap<String, String> forms = new TreeMap<>();
        TreeSet<String> words = new TreeSet<>();
        doc.forEachTermId((key, weight) -> terms.put(dictionary.word(key), weight));
        doc.forEachFormId((surface, key) -> forms.put(dictionary.word(surface), dictionary.word(key)));
        doc.forEachWordId(word -> words.add(dictionary.word(word)));
        return terms + " " + forms + " " + words;
    }

    private static Page page(String title, String description, String html, String tag) {
        return new Page(Path.of("p.md"), true, "/p/", "https://example.com/p/", title, ZonedDateTime.parse("2026-01-02T10:00:00Z"),
                null, List.of(new Tag(tag, tag.toLowerCase(), "/tags/" + tag.toLowerCase() + "/")), List.of(), description,
                Body.of(html), null, 0, 0, false, true, List.of(), List.of(), null, Map.of(), null, false, 1L);
    }
}
