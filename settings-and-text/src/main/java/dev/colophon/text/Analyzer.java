package dev.colophon.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Splits text into index keys the way the search client splits a query: words folded to lower case
 * without diacritics ({@code Résumé} → {@code resume}), reduced to their stem for the site's language;
 * Chinese, Japanese and Korean runs into overlapping pairs of characters (bigrams), as no spaces mark
 * their words. The client does the same folding and splitting but never stems: every surface form whose
 * stem differs is written into the index beside the stem ({@link Token#surface()}).
 * Shared by the site search (the generator) and the comment search (the server), so both find the same.
 * One instance per thread: it keeps a cache of stems.
 */
public final class Analyzer {
    /** Longer "words" are hashes, base64 or URLs: nobody searches for them. */
    static final int MAX_WORD = 40;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final SnowballStemmer stemmer;
    private final Stems cache = new Stems();
    /** Every token this analyzer has handed out, by number. */
    private final List<Token> numbered = new ArrayList<>();
    /** Bigrams by text: Chinese, Japanese and Korean pairs are few enough for a map. */
    private final Map<String, Integer> bigrams = new HashMap<>();

    /**
     * What one word of the text is indexed as: its key (stem or bigram) and its folded surface form.
     *
     * @param letters whether the word is letters only, none of them CJK: a word typo tolerance may correct
     */
    public record Token(String key, String surface, boolean letters) {
    }

    /** Receives the tokens of a text in order. */
    public interface Sink {
        void accept(Token token);
    }

    public Analyzer(String language) {
        this.stemmer = Stemmers.forLanguage(language);
    }

    /** Lower case, diacritics removed, compatibility forms unified (full-width letters, ligatures), ß as ss. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace("ß", "ss");
    }

    /**
     * Receives the tokens of a text by number: this analyzer numbers each distinct token once, from 0, so
     * that a caller can count a page's words in arrays instead of maps ({@link #token} gives the token).
     */
    public interface IdSink {
        void accept(int token);
    }

    public void tokens(String text, Sink sink) {
        // over a copy in an array: String.charAt checks its index on every call, a third of the analysis
        char[] chars = text.toCharArray();
        ids(chars, 0, chars.length, id -> sink.accept(numbered.get(id)));
    }

    /** The token of a number handed to an {@link IdSink} by this analyzer. */
    public Token token(int id) {
        return numbered.get(id);
    }

    /**
     * The tokens of {@code chars[from, to)}, by number. Each word is hashed as it is scanned, for the stem
     * cache; ASCII, most of any text, costs one table lookup a character.
     */
    public void ids(char[] chars, int from, int to, IdSink sink) {
        int word = -1;
        int hash = 0;
        int cjk = -1;
        for (int i = from; i < to; ) {
            char c = chars[i];
            if (c < 0x80) {
                if (cjk >= 0) {
                    bigrams(new String(chars, cjk, i - cjk), sink);
                    cjk = -1;
                }
                if (ASCII_WORD[c]) {
                    if (word < 0) {
                        word = i;
                        hash = 0;
                    }
                    hash = 31 * hash + c;
                } else if (word >= 0) {
                    word(chars, word, i, hash, sink);
                    word = -1;
                }
                i++;
                continue;
            }
            int cp = Character.isHighSurrogate(c) ? Character.codePointAt(chars, i, to) : c;
            int next = i + Character.charCount(cp);
            boolean isCjk = isCjk(cp);
            boolean isWord = !isCjk && (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK);
            if (!isCjk && cjk >= 0) {
                bigrams(new String(chars, cjk, i - cjk), sink);
                cjk = -1;
            }
            if (isWord) {
                if (word < 0) {
                    word = i;
                    hash = 0;
                }
                for (int k = i; k < next; k++) {
                    hash = 31 * hash + chars[k];
                }
            } else if (word >= 0) {
                word(chars, word, i, hash, sink);
                word = -1;
            }
            if (isCjk && cjk < 0) {
                cjk = i;
            }
            i = next;
        }
        if (cjk >= 0) {
            bigrams(new String(chars, cjk, to - cjk), sink);
        }
        if (word >= 0) {
            word(chars, word, to, hash, sink);
        }
    }

    /** Letters and digits of ASCII: what a word is made of below 0x80. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
    }

    public static boolean isCjk(int cp) {
        if (cp < 0x1100) { // below Hangul Jamo: Latin, Greek, Cyrillic and the rest, without a table lookup
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** The word {@code text[from, to)}: looked up without cutting it out, as most words of a page were seen before. */
    private void word(char[] text, int from, int to, int hash, IdSink sink) {
        if (to - from > MAX_WORD) {
            return;
        }
        int id = cache.get(text, from, to, hash);
        if (id == Stems.MISSING) {
            String raw = new String(text, from, to - from);
            String surface = fold(raw);
            id = surface.isEmpty() ? NONE : number(new Token(fold(stem(raw.toLowerCase(Locale.ROOT))), surface,
                    surface.chars().allMatch(Character::isLetter) && !isCjk(surface.codePointAt(0))));
            cache.put(raw, id);
        }
        if (id != NONE) {
            sink.accept(id);
        }
    }

    /** The number of a cached word that folds to nothing (only marks). */
    private static final int NONE = -1;

    private int number(Token token) {
        numbered.add(token);
        return numbered.size() - 1;
    }

    /**
     * Token numbers by their raw word, in open addressing over two arrays, looked up by a range of the
     * text: a map of strings needed a substring of every word of every page first, most of the analysis' garbage.
     */
    private static final class Stems {
        static final int MISSING = -2;
        private char[][] words = new char[1024][];
        private int[] ids = new int[1024];
        /** Each slot's hash, compared before its word: another word in the slot then costs no visit to its array. */
        private int[] hashes = new int[1024];
        private int size;

        /** @param hash the word's hash as {@link #hash} computes it before it spreads the bits */
        int get(char[] text, int from, int to, int hash) {
            int mask = words.length - 1;
            int spread = spread(hash);
            for (int slot = spread & mask; ; slot = (slot + 1) & mask) {
                char[] word = words[slot];
                if (word == null) {
                    return MISSING;
                }
                if (hashes[slot] == spread && same(word, text, from, to)) {
                    return ids[slot];
                }
            }
        }

        /** A plain loop: a build runs C1 only, which calls Arrays.equals' vectorized path rather than inlining it. */
        private static boolean same(char[] word, char[] text, int from, int to) {
            if (word.length != to - from) {
                return false;
            }
            for (int i = 0; i < word.length; i++) {
                if (word[i] != text[from + i]) {
                    return false;
                }
            }
            return true;
        }

        void put(String word, int id) {
            if (2 * (size + 1) > words.length) {
                grow();
            }
            insert(word.toCharArray(), id);
            size++;
        }

        private void insert(char[] word, int id) {
            int mask = words.length - 1;
            int hash = hash(word, 0, word.length);
            int slot = hash & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = word;
            ids[slot] = id;
            hashes[slot] = hash;
        }

        private void grow() {
            char[][] oldWords = words;
            int[] oldIds = ids;
            words = new char[oldWords.length * 2][];
            ids = new int[oldWords.length * 2];
            hashes = new int[oldWords.length * 2];
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    insert(oldWords[i], oldIds[i]);
                }
            }
        }

        private static int hash(char[] text, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + text[i];
            }
            return spread(h);
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }

    private String stem(String lower) {
        if (stemmer == null || lower.length() < 3) {
            return lower;
        }
        stemmer.setCurrent(lower);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        return stem.isEmpty() ? lower : stem;
    }

    private void bigrams(String run, IdSink sink) {
        String folded = Normalizer.normalize(run, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int[] cps = folded.codePoints().toArray();
        if (cps.length == 1) {
            sink.accept(bigram(new String(cps, 0, 1)));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            sink.accept(bigram(new String(cps, i, 2)));
        }
    }

    private int bigram(String pair) {
        Integer id = bigrams.get(pair);
        if (id == null) {
            id = number(new Token(pair, pair, false));
            bigrams.put(pair, id);
        }
        return id;
    }
}
