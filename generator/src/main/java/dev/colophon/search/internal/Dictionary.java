package dev.colophon.search.internal;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a site's index, each numbered when first seen and held once: pages keep numbers, so that
 * 100,000 pages' analyses cost what their postings cost, not a map of strings each.
 */
public final class Dictionary {
    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    /** Words by number; replaced (volatile) when it grows, so reading a word takes no lock. */
    private volatile String[] strings = new String[1024];
    private int size;

    public Dictionary() {
    }

    /** A dictionary that numbers {@code words} as a saved one did, in order. */
    Dictionary(List<String> words) {
        strings = new String[Math.max(1024, words.size() * 2)];
        for (String word : words) {
            ids.put(word, size);
            strings[size++] = word;
        }
    }

    /** The number of {@code word}, given it now if it has none; safe from any thread. */
    int id(String word) {
        Integer id = ids.get(word);
        return id != null ? id : add(word);
    }

    private synchronized int add(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            String[] grown = size < strings.length ? strings : java.util.Arrays.copyOf(strings, size * 2);
            id = size;
            grown[size++] = word;
            strings = grown; // a volatile write after the word's: a thread that reads the array sees it
            ids.put(word, id);
        }
        return id;
    }

    /** The word of a number handed out by {@link #id}, from any thread that got the number after it was given. */
    String word(int id) {
        return strings[id];
    }

    /** How many words have numbers: each is below this. */
    synchronized int size() {
        return size;
    }

    /** Every word, by number. */
    synchronized List<String> words() {
        return List.of(java.util.Arrays.copyOf(strings, size));
    }
}
