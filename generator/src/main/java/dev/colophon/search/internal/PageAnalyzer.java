package dev.colophon.search.internal;

import dev.colophon.site.Page;
import dev.colophon.site.Tag;
import dev.colophon.text.Analyzer;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Analyses pages into {@link IndexedDoc}s on one thread (it keeps its analyzer's stem cache and its
 * arrays from page to page). A page's words are counted by the analyzer's token numbers and merged by
 * the dictionary's numbers, in arrays marked with the page's number instead of cleared: maps of tokens
 * and strings, a lookup of each by hash, were half of the analysis.
 */
public final class PageAnalyzer {
    private final Analyzer analyzer;
    private final Dictionary dictionary;
    private final PageText.Reader reader = new PageText.Reader();
    /** Which page the marks below belong to: a mark of another page is as good as none. */
    private int page;

    // by the analyzer's token number
    private int[] count = new int[1024];
    private int[] counted = new int[1024];
    private int[] inProse = new int[1024];
    /** The dictionary numbers of a token's key and surface form, plus one (0: not looked up yet). */
    private int[] keyOf = new int[1024];
    private int[] surfaceOf = new int[1024];
    /** Whether typo correction may offer a token's word: {@link #YES}, {@link #NO} or 0, not decided yet. */
    private byte[] offerable = new byte[1024];
    private static final byte YES = 1;
    private static final byte NO = 2;
    private final Ints tokens = new Ints();

    // by the dictionary's number
    private int[] weight = new int[1024];
    private int[] weighed = new int[1024];
    private int[] formKey = new int[1024];
    private int[] formed = new int[1024];
    private int[] offered = new int[1024];
    private final Ints keys = new Ints();
    private final Ints forms = new Ints();
    private final Ints words = new Ints();

    public PageAnalyzer(String language, Dictionary dictionary) {
        this.analyzer = new Analyzer(language);
        this.dictionary = dictionary;
    }

    public IndexedDoc analyze(Page page) {
        this.page++;
        tokens.clear();
        keys.clear();
        forms.clear();
        words.clear();
        PageText text = reader.read(page.content().toString(), 2 * IndexedDoc.TEXT_LIMIT);
        // the body's words counted by token first, then merged by key: a page's 700 words are 300 tokens
        analyzer.ids(text.prose().chars(), 0, text.prose().length(), id -> {
            count(id);
            inProse[id] = this.page;
        });
        analyzer.ids(text.code().chars(), 0, text.code().length(), this::count);
        int length = 0;
        for (int i = 0; i < tokens.size; i++) {
            int token = tokens.values[i];
            length += count[token];
            int key = key(token);
            weigh(key, Math.min(IndexedDoc.BODY_MAX, weight(key) + count[token]));
            remember(token, key);
            if (inProse[token] == this.page) {
                offer(token);
            }
        }
        // a summary from the front matter is often not in the body: its words count once, as body words
        tokens(page.description() == null ? "" : page.description(), token -> {
            int key = key(token);
            if (weighed[key] != this.page) {
                weigh(key, 1);
                remember(token, key);
            }
        });
        flag(text.headings(), IndexedDoc.HEADING);
        flag(page.title(), IndexedDoc.TITLE);
        tokens(page.title(), this::offer);
        for (Tag tag : page.tags()) {
            flag(tag.name(), IndexedDoc.TAG);
        }
        String date = page.date() == null ? "" : page.date().format(DateTimeFormatter.ISO_LOCAL_DATE);
        String body = text.body();
        String excerpt = body.length() <= IndexedDoc.TEXT_LIMIT ? body : body.substring(0, cut(body, IndexedDoc.TEXT_LIMIT));
        long[] keyed = new long[keys.size];
        for (int i = 0; i < keyed.length; i++) {
            int key = keys.values[i];
            keyed[i] = ((long) key << 8) | weight[key];
        }
        long[] pairs = new long[forms.size];
        for (int i = 0; i < pairs.length; i++) {
            int surface = forms.values[i];
            pairs[i] = ((long) surface << 32) | formKey[surface];
        }
        return new IndexedDoc(page.url(), page.title(), date, page.date() == null ? 0 : page.date().getYear(),
                page.tags().stream().map(Tag::name).toList(), page.tags().stream().map(Tag::slug).toList(),
                excerpt, dictionary, IndexedDoc.pack(keyed, pairs, words.sorted()), length);
    }

    private void count(int token) {
        grow(token);
        if (counted[token] != page) {
            counted[token] = page;
            count[token] = 0;
            tokens.add(token);
        }
        count[token]++;
    }

    private void tokens(String text, Analyzer.IdSink sink) {
        char[] chars = text.toCharArray();
        analyzer.ids(chars, 0, chars.length, id -> {
            grow(id);
            sink.accept(id);
        });
    }

    private void flag(String text, int bit) {
        tokens(text, token -> {
            int key = key(token);
            weigh(key, weight(key) | bit);
            remember(token, key);
        });
    }

    private int weight(int key) {
        return weighed[key] == page ? weight[key] : 0;
    }

    private void weigh(int key, int value) {
        if (weighed[key] != page) {
            weighed[key] = page;
            keys.add(key);
        }
        weight[key] = value;
    }

    /** Keeps a surface form whose key differs, the first key seen for it on this page. */
    private void remember(int token, int key) {
        int surface = surface(token);
        if (surface != key && formed[surface] != page) {
            formed[surface] = page;
            formKey[surface] = key;
            forms.add(surface);
        }
    }

    /** Words of letters only, long enough that one letter off is still probably this word. */
    private void offer(int token) {
        if (offerable[token] == 0) {
            Analyzer.Token t = analyzer.token(token);
            int length = t.surface().length();
            offerable[token] = t.letters() && length >= IndexWriter.TYPO_MIN && length <= IndexWriter.TYPO_MAX ? YES : NO;
        }
        if (offerable[token] == YES) {
            int surface = surface(token);
            if (offered[surface] != page) {
                offered[surface] = page;
                words.add(surface);
            }
        }
    }

    private int key(int token) {
        if (keyOf[token] == 0) {
            keyOf[token] = number(analyzer.token(token).key()) + 1;
        }
        return keyOf[token] - 1;
    }

    private int surface(int token) {
        if (surfaceOf[token] == 0) {
            Analyzer.Token t = analyzer.token(token);
            surfaceOf[token] = (t.surface().equals(t.key()) ? key(token) : number(t.surface())) + 1;
        }
        return surfaceOf[token] - 1;
    }

    /** The dictionary's number of a word, with the arrays by that number grown to hold it. */
    private int number(String word) {
        int id = dictionary.id(word);
        if (id >= weight.length) {
            int size = Math.max(weight.length * 2, id + 1);
            weight = Arrays.copyOf(weight, size);
            weighed = Arrays.copyOf(weighed, size);
            formKey = Arrays.copyOf(formKey, size);
            formed = Arrays.copyOf(formed, size);
            offered = Arrays.copyOf(offered, size);
        }
        return id;
    }

    private void grow(int token) {
        if (token >= count.length) {
            int size = Math.max(count.length * 2, token + 1);
            count = Arrays.copyOf(count, size);
            counted = Arrays.copyOf(counted, size);
            inProse = Arrays.copyOf(inProse, size);
            keyOf = Arrays.copyOf(keyOf, size);
            surfaceOf = Arrays.copyOf(surfaceOf, size);
            offerable = Arrays.copyOf(offerable, size);
        }
    }

    /** Where to cut text near {@code limit} without splitting a word or a surrogate pair. */
    private static int cut(String text, int limit) {
        int space = text.lastIndexOf(' ', limit);
        int at = space > limit - 40 ? space : limit;
        return Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }

    /** A growing list of ints. */
    private static final class Ints {
        int[] values = new int[256];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void clear() {
            size = 0;
        }

        int[] sorted() {
            int[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
