package dev.colophon.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits sorted entries into shards of about a given weight, each a run of consecutive entries named by
 * where it starts: the client finds a word's shard as the last start that sorts before it. The runs
 * come from a trie: a prefix heavier than the limit is split by its next character, and small sibling
 * prefixes are packed together. A shard's bounds depend only on the entries under its parent prefix,
 * so an edit rewrites the shards of the words it changed and leaves the others byte for byte.
 */
final class ShardTrie {
    /** Longer prefixes are not split further: such a shard holds one huge entry. */
    private static final int MAX_DEPTH = 12;

    /** Entries {@code [from, to)} of the sorted list; {@code start} sorts at or before its first entry. */
    record Shard(String start, int from, int to) {
        /** The file's name: letters and digits as they are, other characters by code point, "_" for the first. */
        String fileName() {
            StringBuilder name = new StringBuilder();
            start.codePoints().forEach(cp -> {
                if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                    name.appendCodePoint(cp);
                } else {
                    name.append('_').append(Integer.toHexString(cp)).append('_');
                }
            });
            return name.isEmpty() ? "_" : name.toString();
        }
    }

    private final List<String> names;
    private final long[] sums;
    private final long limit;

    /** @param names sorted; @param costs the bytes each entry adds to a shard */
    ShardTrie(List<String> names, long[] costs, long limit) {
        this.names = names;
        this.limit = limit;
        this.sums = new long[costs.length + 1];
        for (int i = 0; i < costs.length; i++) {
            sums[i + 1] = sums[i] + costs[i];
        }
    }

    List<Shard> shards() {
        List<Shard> shards = new ArrayList<>();
        if (!names.isEmpty()) {
            split("", "", 0, names.size(), shards);
        }
        return shards;
    }

    /** Shards for entries {@code [from, to)}, all starting with {@code prefix}; the first shard starts at {@code start}. */
    private void split(String start, String prefix, int from, int to, List<Shard> shards) {
        if (cost(from, to) <= limit || prefix.codePointCount(0, prefix.length()) >= MAX_DEPTH) {
            shards.add(new Shard(start, from, to));
            return;
        }
        // groups: the entry equal to the prefix (if any) and then one group per next character
        List<int[]> groups = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        int i = from;
        if (names.get(i).equals(prefix)) {
            groups.add(new int[] {i, i + 1});
            prefixes.add(prefix);
            i++;
        }
        while (i < to) {
            String child = names.get(i).substring(0, names.get(i).offsetByCodePoints(prefix.length(), 1));
            int end = i + 1;
            while (end < to && names.get(end).startsWith(child)) {
                end++;
            }
            groups.add(new int[] {i, end});
            prefixes.add(child);
            i = end;
        }
        int g = 0;
        while (g < groups.size()) {
            String first = g == 0 ? start : prefixes.get(g);
            int[] group = groups.get(g);
            if (cost(group[0], group[1]) > limit && !prefixes.get(g).equals(prefix)) {
                split(first, prefixes.get(g), group[0], group[1], shards);
                g++;
                continue;
            }
            int end = g + 1; // pack light siblings together up to the limit
            while (end < groups.size() && cost(group[0], groups.get(end)[1]) <= limit) {
                end++;
            }
            shards.add(new Shard(first, group[0], groups.get(end - 1)[1]));
            g = end;
        }
    }

    private long cost(int from, int to) {
        return sums[to] - sums[from];
    }
}
