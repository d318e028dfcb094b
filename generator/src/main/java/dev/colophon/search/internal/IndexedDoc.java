package dev.colophon.search.internal;

import dev.colophon.site.Page;
import dev.colophon.text.Analyzer;
import dev.colophon.site.Tag;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.HashMap;

/**
 * One page as the index holds it: what a result shows, and its keys with their weights.
 *
 * @param date the day as {@code yyyy-MM-dd}, or "" for an undated page
 * @param text the start of the body, for excerpts ({@link #TEXT_LIMIT} characters at most)
 * @param terms each key with its weight: occurrences in the body (up to 31) plus bits for a match in the
 *     title, a heading or a tag, so that ranking can weigh those more
 * @param forms surface forms whose key differs ({@code running} → {@code run}), so the client needs no stemmer
 * @param length the number of words in the body, for ranking long pages fairly
 * @param words the words outside code blocks that typo correction may offer, folded
 */
public record IndexedDoc(String url, String title, String date, int year, List<String> tags, List<String> tagSlugs,
        String text, Map<String, Integer> terms, Map<String, String> forms, int length, Set<String> words) {

    /** About 25 words for an excerpt: each result costs its fragment file (8 pages on a big site), so the text is most of a query's bytes. */
    public static final int TEXT_LIMIT = 160;
    static final int BODY_MAX = 31;
    static final int TITLE = 32;
    static final int HEADING = 64;
    static final int TAG = 128;

    public static IndexedDoc of(Page page, Analyzer analyzer) {
        PageText text = PageText.of(page.content().toString(), 2 * TEXT_LIMIT);
        Map<String, Integer> terms = new HashMap<>(); // order is the writer's job: it appends pages in order
        Map<String, String> forms = new HashMap<>();
        int[] length = {0};
        Set<String> words = new HashSet<>();
        analyzer.tokens(text.prose(), token -> {
            length[0]++;
            terms.merge(token.key(), 1, (a, b) -> Math.min(BODY_MAX, a + b));
            remember(forms, token);
            offer(words, token);
        });
        analyzer.tokens(text.code(), token -> {
            length[0]++;
            terms.merge(token.key(), 1, (a, b) -> Math.min(BODY_MAX, a + b));
            remember(forms, token);
        });
        // a summary from the front matter is often not in the body: its words count once, as body words
        analyzer.tokens(page.description() == null ? "" : page.description(), token -> {
            if (terms.putIfAbsent(token.key(), 1) == null) {
                remember(forms, token);
            }
        });
        flag(analyzer, text.headings(), HEADING, terms, forms);
        flag(analyzer, page.title(), TITLE, terms, forms);
        analyzer.tokens(page.title(), token -> offer(words, token));
        for (Tag tag : page.tags()) {
            flag(analyzer, tag.name(), TAG, terms, forms);
        }
        String date = page.date() == null ? "" : page.date().format(DateTimeFormatter.ISO_LOCAL_DATE);
        String body = text.body();
        String excerpt = body.length() <= TEXT_LIMIT ? body : body.substring(0, cut(body, TEXT_LIMIT));
        return new IndexedDoc(page.url(), page.title(), date, page.date() == null ? 0 : page.date().getYear(),
                page.tags().stream().map(Tag::name).toList(), page.tags().stream().map(Tag::slug).toList(),
                // compact copies (arrays inside, no entry objects): 10,000 of these live through the build
                excerpt, Map.copyOf(terms), Map.copyOf(forms), length[0], Set.copyOf(words));
    }

    private static void flag(Analyzer analyzer, String text, int bit, Map<String, Integer> terms, Map<String, String> forms) {
        analyzer.tokens(text, token -> {
            terms.merge(token.key(), bit, (a, b) -> a | b);
            remember(forms, token);
        });
    }

    /** Words of letters only, long enough that one letter off is still probably this word. */
    private static void offer(Set<String> words, Analyzer.Token token) {
        String word = token.surface();
        if (token.letters() && word.length() >= IndexWriter.TYPO_MIN && word.length() <= IndexWriter.TYPO_MAX) {
            words.add(word);
        }
    }

    private static void remember(Map<String, String> forms, Analyzer.Token token) {
        if (!token.surface().equals(token.key())) {
            forms.putIfAbsent(token.surface(), token.key());
        }
    }

    /** Where to cut text near {@code limit} without splitting a word or a surrogate pair. */
    private static int cut(String text, int limit) {
        int space = text.lastIndexOf(' ', limit);
        int at = space > limit - 40 ? space : limit;
        return Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }
}
