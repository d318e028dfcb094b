package dev.colophon.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a site's index, each numbered when first seen and held once: pages keep numbers, so that
 * 100,000 pages' analyses cost what their postings cost, not a map of strings each.
 */
public final class Dictionary {
    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> strings = new ArrayList<>();

    /** The number of {@code word}, given it now if it has none; safe from any thread. */
    int id(String word) {
        Integer id = ids.get(word);
        return id != null ? id : add(word);
    }

    private synchronized int add(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = strings.size();
            strings.add(word);
            ids.put(word, id);
        }
        return id;
    }

    synchronized String word(int id) {
        return strings.get(id);
    }
}
