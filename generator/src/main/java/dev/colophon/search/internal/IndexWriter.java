package dev.colophon.search.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the index of a site's pages, numbered in the order given, as files under {@code search/}:
 * <ul>
 * <li>{@code index.js}: page count, word counts and the parameters for ranking, tags and years for filters, and the
 * prefixes of every shard, so the client knows which shard holds a word before it fetches any;
 * <li>{@code t/PREFIX.js}: term shards, each key's postings (page number deltas and weights, {@link Postings}) and the
 * surface forms that map to a stem; a common key keeps only the postings of most impact there;
 * <li>{@code u/PREFIX.js}: tail shards, the rest of each common key's postings;
 * <li>{@code y/PREFIX.js}: typo shards, every word and its one-letter deletions, so that a query word
 * with one letter wrong, missing, extra or swapped finds the word (the SymSpell method);
 * <li>{@code f/N.js}: fragments, what a result shows for a run of consecutive pages.
 * </ul>
 * Everything is sorted, so the same pages give the same bytes.
 */
public final class IndexWriter {
    public static final int FORMAT = 3;
    /** Postings of a common key kept in its term shard ({@link TermShards}); enough that the client rarely needs the rest. */
    public static final int HEAD = 1500;
    /**
     * Shards weigh at least this, more on a big site so that it keeps to about the number of files below.
     * Term shards are small because a query fetches one for each of its words, and with common keys cut
     * to their heads no key is much bigger than one.
     */
    private static final long TERM_SHARD_BYTES = 4_096;
    private static final long TAIL_SHARD_BYTES = 16_384;
    private static final long TYPO_SHARD_BYTES = 8_192;
    private static final int TERM_FILES = 450;
    private static final int TAIL_FILES = 200;
    private static final int TYPO_FILES = 300;
    /** Words shorter than this are not corrected: one letter off, most of them are other words. */
    static final int TYPO_MIN = 4;
    static final int TYPO_MAX = 16;
    /** Static hosts cap a site's files: the fragments take what the shards leave of this (9 pages a file on a 10,000-page site). */
    private static final int MAX_FILES = 2000;
    private static final int FRAGMENT_PAGES = 8;
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** Keys for the filters, in the postings beside the words: no word starts with these characters. */
    public static final String TAG_KEY = "#";
    public static final String YEAR_KEY = "@";

    private final int head;

    public IndexWriter() {
        this(HEAD);
    }

    /** @param head the postings of a common key kept in its term shard: tests cut small sites' keys with a small one */
    public IndexWriter(int head) {
        this.head = head;
    }

    /** @param commentsUrl the comment server to ask for matching comments, or "" */
    public Map<String, byte[]> write(List<IndexedDoc> docs, String language, String commentsUrl) {
        // by dictionary number while the pages are read, by string only once a key is known to be in
        // the index: 10,000 pages' 1.8 million postings and 1.3 million words cost an array index each
        Dictionary dictionary = docs.isEmpty() ? new Dictionary() : docs.get(0).dictionary();
        int size = dictionary.size();
        int[] counts = new int[size];
        for (IndexedDoc doc : docs) {
            if (doc.dictionary() != dictionary) {
                throw new IllegalArgumentException("the pages of one index share one dictionary");
            }
            doc.forEachTermId((key, weight) -> counts[key]++);
        }
        Postings[] byKey = new Postings[size];
        int[] formKey = new int[size];
        boolean[] offered = new boolean[size];
        Map<String, Postings> postings = new HashMap<>();
        Map<String, Integer> tags = new TreeMap<>();
        Map<String, String> tagNames = new TreeMap<>();
        for (int id = 0; id < docs.size(); id++) {
            IndexedDoc doc = docs.get(id);
            int page = id;
            // sized once from the counts: a big site's postings are most of what writing the index holds
            doc.forEachTermId((key, weight) -> {
                if (byKey[key] == null) {
                    byKey[key] = new Postings(counts[key]);
                }
                byKey[key].add(page, weight);
            });
            for (int t = 0; t < doc.tagSlugs().size(); t++) {
                postings.computeIfAbsent(TAG_KEY + doc.tagSlugs().get(t), k -> new Postings()).add(id, 1);
                tagNames.putIfAbsent(doc.tagSlugs().get(t), doc.tags().get(t));
                tags.merge(doc.tagSlugs().get(t), 1, Integer::sum);
            }
            if (doc.year() > 0) {
                postings.computeIfAbsent(YEAR_KEY + doc.year(), k -> new Postings()).add(id, 1);
            }
            doc.forEachFormId((surface, key) -> {
                if (formKey[surface] == 0) {
                    formKey[surface] = key + 1; // the first page's, as the pages come in order
                }
            });
            doc.forEachWordId(word -> offered[word] = true);
        }
        Map<String, String> forms = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (int id = 0; id < size; id++) {
            if (byKey[id] != null) {
                postings.put(dictionary.word(id), byKey[id]);
            }
            if (formKey[id] != 0) {
                forms.put(dictionary.word(id), dictionary.word(formKey[id] - 1));
            }
            if (offered[id]) {
                words.add(dictionary.word(id));
            }
        }
        Collections.sort(words);
        int[] buckets = docs.stream().mapToInt(doc -> (int) Math.min(63, Math.round(4 * Math.log(1 + doc.length()) / Math.log(2)))).toArray();
        long avgdl = docs.isEmpty() ? 1 : Math.max(1, docs.stream().mapToLong(IndexedDoc::length).sum() / docs.size());
        Map<String, byte[]> files = new LinkedHashMap<>();
        TermShards.Listing terms = new TermShards(postings, forms, new Scoring(buckets, avgdl), head)
                .write(TERM_SHARD_BYTES, TERM_FILES, TAIL_SHARD_BYTES, TAIL_FILES, files);
        List<String> typoShards = new TypoShards(typoVariants(words)).write(TYPO_SHARD_BYTES, TYPO_FILES, files);
        int room = Math.max(100, MAX_FILES - files.size() - 2); // index.js and the client
        int perFragment = Math.max(FRAGMENT_PAGES, (docs.size() + room - 1) / room);
        new Fragments(docs, perFragment).write(files);
        files.put("index.js", meta(docs, language, commentsUrl, perFragment, tags, tagNames, buckets, avgdl, terms, typoShards));
        return files;
    }

    /** Each of {@code words} (sorted) and its one-letter deletions, with the words they come from, in order. */
    private static Map<String, List<String>> typoVariants(List<String> words) {
        Map<String, List<String>> variants = new HashMap<>(words.size() * 12);
        for (String word : words) {
            variant(variants, word, word);
            for (int i = 0; i < word.length(); i++) {
                if (!Character.isSurrogate(word.charAt(i))) {
                    variant(variants, word.substring(0, i) + word.substring(i + 1), word);
                }
            }
        }
        return variants;
    }

    /** Words come in order, so each list stays sorted and a repeat ({@code aab} twice to {@code ab}) is its last. */
    private static void variant(Map<String, List<String>> variants, String variant, String word) {
        List<String> from = variants.computeIfAbsent(variant, v -> new ArrayList<>(1));
        if (from.isEmpty() || !from.get(from.size() - 1).equals(word)) {
            from.add(word);
        }
    }

    /**
     * The weight of one shard: at least {@code floor}, else the total over the number of files wanted,
     * rounded up to a power of two so that it changes only when the site doubles in size.
     */
    static long shardLimit(long total, long floor, int files) {
        long wanted = Math.max(floor, total / files);
        return Long.highestOneBit(wanted - 1) << 1;
    }

    private static byte[] meta(List<IndexedDoc> docs, String language, String commentsUrl, int perFragment, Map<String, Integer> tags,
            Map<String, String> tagNames, int[] buckets, long avgdl, TermShards.Listing terms, List<String> typoShards) {
        StringBuilder lengths = new StringBuilder(docs.size());
        for (int bucket : buckets) {
            lengths.append(BASE64.charAt(bucket));
        }
        Map<Integer, Integer> years = new TreeMap<>();
        for (IndexedDoc doc : docs) {
            if (doc.year() > 0) {
                years.merge(doc.year(), 1, Integer::sum);
            }
        }
        Script meta = new Script("index.js").raw("{\"v\":").number(FORMAT).raw(",\"lang\":").string(language)
                .raw(",\"n\":").number(docs.size()).raw(",\"avgdl\":").number(avgdl)
                .raw(",\"dl\":").string(lengths.toString()).raw(",\"score\":").raw(Scoring.json()).raw(",\"frag\":").number(perFragment)
                .raw(",\"typoMin\":").number(TYPO_MIN).raw(",\"comments\":").string(commentsUrl).raw(",\"tags\":[");
        boolean first = true;
        for (Map.Entry<String, Integer> tag : tags.entrySet()) {
            meta.raw(first ? "" : ",").raw('[').string(tagNames.get(tag.getKey())).raw(',').string(tag.getKey()).raw(',').number(tag.getValue()).raw(']');
            first = false;
        }
        meta.raw("],\"years\":[");
        first = true;
        for (Map.Entry<Integer, Integer> year : years.entrySet()) {
            meta.raw(first ? "" : ",").raw('[').number(year.getKey()).raw(',').number(year.getValue()).raw(']');
            first = false;
        }
        meta.raw("],\"terms\":").strings(terms.terms()).raw(",\"tails\":").strings(terms.tails()).raw(",\"typos\":").strings(typoShards).raw('}');
        return meta.bytes();
    }
}
