package dev.colophon.text;

import java.text.Normalizer;
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

    public void tokens(String text, Sink sink) {
        // over a copy in an array: String.charAt checks its index on every call, a third of the analysis
        char[] chars = text.toCharArray();
        int length = chars.length;
        int word = -1;
        int cjk = -1;
        for (int i = 0; i <= length; ) {
            int cp = i == length ? ' ' : Character.isHighSurrogate(chars[i]) ? Character.codePointAt(chars, i) : chars[i];
            boolean isCjk = cp >= 0x1100 && i < length && isCjk(cp);
            boolean isWord = cp < 0x80 ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    : i < length && !isCjk && (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK);
            if (!isCjk && cjk >= 0) {
                bigrams(new String(chars, cjk, i - cjk), sink);
                cjk = -1;
            }
            if (!isWord && word >= 0) {
                word(chars, word, i, sink);
                word = -1;
            }
            if (isCjk && cjk < 0) {
                cjk = i;
            } else if (isWord && word < 0) {
                word = i;
            }
            i += Character.charCount(cp);
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
    private void word(char[] text, int from, int to, Sink sink) {
        if (to - from > MAX_WORD) {
            return;
        }
        Token token = cache.get(text, from, to);
        if (token == null) {
            String raw = new String(text, from, to - from);
            String surface = fold(raw);
            token = surface.isEmpty() ? NONE : new Token(fold(stem(raw.toLowerCase(Locale.ROOT))), surface,
                    surface.chars().allMatch(Character::isLetter) && !isCjk(surface.codePointAt(0)));
            cache.put(raw, token);
        }
        if (token != NONE) {
            sink.accept(token);
        }
    }

    /** What a cached word that folds to nothing (only marks) stands for. */
    private static final Token NONE = new Token("", "", false);

    /**
     * Tokens by their raw word, in open addressing over two arrays, looked up by a range of the text:
     * a map of strings needed a substring of every word of every page first, most of the analysis' garbage.
     */
    private static final class Stems {
        private char[][] words = new char[1024][];
        private Token[] tokens = new Token[1024];
        private int size;

        Token get(char[] text, int from, int to) {
            int mask = words.length - 1;
            for (int slot = hash(text, from, to) & mask; ; slot = (slot + 1) & mask) {
                char[] word = words[slot];
                if (word == null) {
                    return null;
                }
                if (java.util.Arrays.equals(word, 0, word.length, text, from, to)) {
                    return tokens[slot];
                }
            }
        }

        void put(String word, Token token) {
            if (2 * (size + 1) > words.length) {
                grow();
            }
            insert(word.toCharArray(), token);
            size++;
        }

        private void insert(char[] word, Token token) {
            int mask = words.length - 1;
            int slot = hash(word, 0, word.length) & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = word;
            tokens[slot] = token;
        }

        private void grow() {
            char[][] oldWords = words;
            Token[] oldTokens = tokens;
            words = new char[oldWords.length * 2][];
            tokens = new Token[oldWords.length * 2];
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    insert(oldWords[i], oldTokens[i]);
                }
            }
        }

        private static int hash(char[] text, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + text[i];
            }
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

    private static void bigrams(String run, Sink sink) {
        String folded = Normalizer.normalize(run, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int[] cps = folded.codePoints().toArray();
        if (cps.length == 1) {
            String one = new String(cps, 0, 1);
            sink.accept(new Token(one, one, false));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            String pair = new String(cps, i, 2);
            sink.accept(new Token(pair, pair, false));
        }
    }
}
