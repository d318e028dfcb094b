package dev.colophon.search.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

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

    /** A page from its parts as maps, packed. */
    public static IndexedDoc of(String url, String title, String date, int year, List<String> tags, List<String> tagSlugs, String text,
            Map<String, Integer> terms, Map<String, String> forms, int length, Set<String> words, Dictionary dictionary) {
        long[] keyed = new long[terms.size()];
        int i = 0;
        for (Map.Entry<String, Integer> term : terms.entrySet()) {
            keyed[i++] = ((long) dictionary.id(term.getKey()) << 8) | term.getValue();
        }
        long[] pairs = new long[forms.size()];
        i = 0;
        for (Map.Entry<String, String> form : forms.entrySet()) {
            pairs[i++] = ((long) dictionary.id(form.getKey()) << 32) | dictionary.id(form.getValue());
        }
        int[] ids = words.stream().mapToInt(dictionary::id).sorted().toArray();
        return new IndexedDoc(url, title, date, year, List.copyOf(tags), List.copyOf(tagSlugs), text, dictionary,
                pack(keyed, pairs, ids), length);
    }

    /**
     * Packs keys, forms and words, given by dictionary number: {@code keyed} as number and weight
     * ({@code id << 8 | weight}), {@code pairs} as surface and key ({@code surface << 32 | key}), {@code words} ascending.
     */
    static byte[] pack(long[] keyed, long[] pairs, int[] words) {
        Packer packer = new Packer(keyed.length * 3 + pairs.length * 4 + words.length * 2 + 8);
        Arrays.sort(keyed); // ascending numbers: small deltas
        packer.number(keyed.length);
        long previous = 0;
        for (long k : keyed) {
            packer.number((int) ((k >>> 8) - previous));
            packer.write((int) (k & 0xFF));
            previous = k >>> 8;
        }
        Arrays.sort(pairs);
        packer.number(pairs.length);
        previous = 0;
        for (long pair : pairs) {
            packer.number((int) ((pair >>> 32) - previous));
            packer.number((int) pair);
            previous = pair >>> 32;
        }
        packer.number(words.length);
        int last = 0;
        for (int id : words) {
            packer.number(id - last);
            last = id;
        }
        return packer.toByteArray();
    }

    /** Receives two numbers. */
    public interface IntPairs {
        void accept(int a, int b);
    }


    /** Each key's dictionary number with its weight, in the order of the numbers. */
    public void forEachTermId(IntPairs action) {
        Unpacker in = new Unpacker(packed);
        int id = 0;
        for (int n = in.number(); n > 0; n--) {
            id += in.number();
            action.accept(id, in.next());
        }
    }


    /** Each surface form whose key differs, with its key, as dictionary numbers. */
    public void forEachFormId(IntPairs action) {
        Unpacker in = skipTerms();
        int id = 0;
        for (int n = in.number(); n > 0; n--) {
            id += in.number();
            action.accept(id, in.number());
        }
    }


    /** Each word typo correction may offer, as its dictionary number. */
    public void forEachWordId(IntConsumer action) {
        Unpacker in = skipTerms();
        for (int n = in.number(); n > 0; n--) {
            in.number();
            in.number();
        }
        int id = 0;
        for (int n = in.number(); n > 0; n--) {
            id += in.number();
            action.accept(id);
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

    /** Numbers in seven bits a byte, the eighth saying another byte follows (into an array: a stream locks on every byte). */
    private static final class Packer {
        byte[] bytes;
        int size;

        Packer(int capacity) {
            bytes = new byte[capacity];
        }

        void number(int value) {
            while ((value & ~0x7F) != 0) {
                write((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            write(value);
        }

        void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) b;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
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
}
