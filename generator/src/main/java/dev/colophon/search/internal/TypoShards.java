package dev.colophon.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Collections;

/** The typo shards: each word and each of its one-letter deletions, mapped to the words they come from (a string for one). */
final class TypoShards {
    private final Map<String, List<String>> variants;

    TypoShards(Map<String, List<String>> variants) {
        this.variants = variants;
    }

    List<String> write(long floor, int wantedFiles, Map<String, byte[]> files) {
        List<String> names = new ArrayList<>(variants.keySet());
        Collections.sort(names);
        long[] costs = new long[names.size()];
        for (int i = 0; i < costs.length; i++) {
            long cost = names.get(i).length() + 5;
            for (String word : variants.get(names.get(i))) {
                cost += word.length() + 3;
            }
            costs[i] = cost;
        }
        List<String> listed = new ArrayList<>();
        for (ShardTrie.Shard shard : new ShardTrie(names, costs, IndexWriter.shardLimit(java.util.Arrays.stream(costs).sum(), floor, wantedFiles)).shards()) {
            String path = "y/" + shard.fileName() + ".js";
            Script out = new Script(path).raw('{');
            for (int i = shard.from(); i < shard.to(); i++) {
                out.raw(i == shard.from() ? "" : ",").string(names.get(i)).raw(':');
                List<String> words = variants.get(names.get(i));
                if (words.size() == 1) {
                    out.string(words.get(0));
                } else {
                    out.strings(words);
                }
            }
            files.put(path, out.raw('}').bytes());
            listed.add(shard.start());
        }
        return listed;
    }
}
