package dev.colophon.search.internal;

import dev.colophon.site.Page;
import dev.colophon.text.Analyzer;
import dev.colophon.site.Tag;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/**
 * One page as the index holds it: what a result shows, and its keys with their weights. The keys, surface
 * forms and words are packed as numbers of the site's {@link Dictionary} in one byte array (a page's 180
 * keys, 50 forms and 130 words in under 1 KB, where maps of strings took 5 KB): the preview keeps every
 * page's analysis, and a build holds all of them while it writes the index.
 *
 * @param date the day as {@code yyyy-MM-dd}, or "" for an undated page
 * @param text the start of the body, for excerpts ({@link #TEXT_LIMIT} characters at most)
 * @param packed each key with its weight: occurrences in the body (up to 31) plus bits for a match in the
 *     title, a heading or a tag, so that ranking can weigh those more; then surface forms whose key differs
 *     ({@code running} → {@code run}), so the client needs no stemmer; then the words outside code blocks
 *     that typo correction may offer, folded
 * @param length the number of words in the body, for ranking long pages fairly
 */
public record IndexedDoc(String url, String title, String date, int year, List<String> tags, List<String> tagSlugs,
        String text, Dictionary dictionary, byte[] packed, int length) {

    /** About 25 words for an excerpt: each result costs its fragment file (8 pages on a big site), so the text is most of a query's bytes. */
    public static final int TEXT_LIMIT = 160;
    static final int BODY_MAX = 31;
    static final int TITLE = 32;
    static final int HEADING = 64;
    static final int TAG = 128;

    public static IndexedDoc of(Page page, Analyzer analyzer, Dictionary dictionary) {
        PageText text = PageText.of(page.content().toString(), 2 * TEXT_LIMIT);
        Map<String, Integer> terms = new HashMap<>(); // order is the writer's job: it appends pages in order
        Map<String, String> forms = new HashMap<>();
        Set<String> words = new HashSet<>();
        // the body's words counted by token first (the analyzer hands out one token object a word), then
        // merged by key: a page's 700 words are 300 tokens
        Map<Analyzer.Token, int[]> prose = new IdentityHashMap<>();
        Map<Analyzer.Token, int[]> code = new IdentityHashMap<>();
        analyzer.tokens(text.prose(), token -> prose.computeIfAbsent(token, t -> new int[1])[0]++);
        analyzer.tokens(text.code(), token -> code.computeIfAbsent(token, t -> new int[1])[0]++);
        int length = 0;
        for (Map<Analyzer.Token, int[]> counted : List.of(prose, code)) {
            for (Map.Entry<Analyzer.Token, int[]> entry : counted.entrySet()) {
                Analyzer.Token token = entry.getKey();
                int count = entry.getValue()[0];
                length += count;
                terms.merge(token.key(), Math.min(BODY_MAX, count), (a, b) -> Math.min(BODY_MAX, a + b));
                remember(forms, token);
                if (counted == prose) {
                    offer(words, token);
                }
            }
        }
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
        return of(page.url(), page.title(), date, page.date() == null ? 0 : page.date().getYear(),
                page.tags().stream().map(Tag::name).toList(), page.tags().stream().map(Tag::slug).toList(),
                excerpt, terms, forms, length, words, dictionary);
    }

    /** A page from its parts as maps, packed. */
    public static IndexedDoc of(String url, String title, String date, int year, List<String> tags, List<String> tagSlugs, String text,
            Map<String, Integer> terms, Map<String, String> forms, int length, Set<String> words, Dictionary dictionary) {
        Packer packer = new Packer(terms.size() * 3 + forms.size() * 4 + words.size() * 2 + 8);
        long[] keyed = new long[terms.size()];
        int i = 0;
        for (Map.Entry<String, Integer> term : terms.entrySet()) {
            keyed[i++] = ((long) dictionary.id(term.getKey()) << 8) | term.getValue();
        }
        Arrays.sort(keyed); // ascending numbers: small deltas
        packer.number(keyed.length);
        long previous = 0;
        for (long k : keyed) {
            packer.number((int) ((k >>> 8) - previous));
            packer.bytes.write((int) (k & 0xFF));
            previous = k >>> 8;
        }
        long[] pairs = new long[forms.size()];
        i = 0;
        for (Map.Entry<String, String> form : forms.entrySet()) {
            pairs[i++] = ((long) dictionary.id(form.getKey()) << 32) | dictionary.id(form.getValue());
        }
        Arrays.sort(pairs);
        packer.number(pairs.length);
        previous = 0;
        for (long pair : pairs) {
            packer.number((int) ((pair >>> 32) - previous));
            packer.number((int) pair);
            previous = pair >>> 32;
        }
        int[] ids = words.stream().mapToInt(dictionary::id).sorted().toArray();
        packer.number(ids.length);
        int last = 0;
        for (int id : ids) {
            packer.number(id - last);
            last = id;
        }
        return new IndexedDoc(url, title, date, year, List.copyOf(tags), List.copyOf(tagSlugs), text, dictionary,
                packer.bytes.toByteArray(), length);
    }

    /** Each key with its weight. */
    public void forEachTerm(ObjIntConsumer<String> action) {
        Unpacker in = new Unpacker(packed);
        int id = 0;
        for (int n = in.number(); n > 0; n--) {
            id += in.number();
            action.accept(dictionary.word(id), in.next());
        }
    }

    /** Each surface form whose key differs, with its key. */
    public void forEachForm(BiConsumer<String, String> action) {
        Unpacker in = skipTerms();
        int id = 0;
        for (int n = in.number(); n > 0; n--) {
            id += in.number();
            action.accept(dictionary.word(id), dictionary.word(in.number()));
        }
    }

    /** Each word typo correction may offer. */
    public void forEachWord(Consumer<String> action) {
        Unpacker in = skipTerms();
        for (int n = in.number(); n > 0; n--) {
            in.number();
            in.number();
        }
        int id = 0;
        for (int n = in.number(); n > 0; n--) {
            id += in.number();
            action.accept(dictionary.word(id));
        }
    }

    private Unpacker skipTerms() {
        Unpacker in = new Unpacker(packed);
        for (int n = in.number(); n > 0; n--) {
            in.number();
            in.next();
        }
        return in;
    }

    /** Numbers in seven bits a byte, the eighth saying another byte follows. */
    private static final class Packer {
        final java.io.ByteArrayOutputStream bytes;

        Packer(int size) {
            bytes = new java.io.ByteArrayOutputStream(size);
        }

        void number(int value) {
            while ((value & ~0x7F) != 0) {
                bytes.write((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes.write(value);
        }
    }

    private static final class Unpacker {
        final byte[] bytes;
        int at;

        Unpacker(byte[] bytes) {
            this.bytes = bytes;
        }

        int next() {
            return bytes[at++] & 0xFF;
        }

        int number() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                int b = next();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        }
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
