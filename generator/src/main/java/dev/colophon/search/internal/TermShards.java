package dev.colophon.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The term shards: postings by key ({@link Postings}: two base64 strings) and surface forms by word, split by prefix ({@link ShardTrie}). */
final class TermShards {
    private final Map<String, Postings> postings;
    private final Map<String, String> forms;

    TermShards(Map<String, Postings> postings, Map<String, String> forms) {
        this.postings = postings;
        this.forms = forms;
    }

    /** Adds the shard files to {@code files} and returns the shards as the client lists them. */
    List<String> write(long floor, int wantedFiles, Map<String, byte[]> files) {
        TreeSet<String> sorted = new TreeSet<>(postings.keySet());
        sorted.addAll(forms.keySet());
        List<String> names = new ArrayList<>(sorted);
        long[] costs = new long[names.size()];
        for (int i = 0; i < costs.length; i++) {
            Postings list = postings.get(names.get(i));
            String form = forms.get(names.get(i));
            costs[i] = names.get(i).length() + 4 + (list == null ? 0 : 9 + 2L * list.size()) + (form == null ? 0 : form.length() + 6);
        }
        List<String> listed = new ArrayList<>();
        for (ShardTrie.Shard shard : new ShardTrie(names, costs, IndexWriter.shardLimit(java.util.Arrays.stream(costs).sum(), floor, wantedFiles)).shards()) {
            String path = "t/" + shard.fileName() + ".js";
            files.put(path, shard(path, names.subList(shard.from(), shard.to())));
            listed.add(shard.start());
        }
        return listed;
    }

    private byte[] shard(String path, List<String> names) {
        Script out = new Script(path).raw("{\"k\":{");
        boolean first = true;
        for (String name : names) {
            Postings list = postings.get(name);
            if (list == null) {
                continue;
            }
            out.raw(first ? "" : ",").string(name).raw(":[\"").raw(list.idCode()).raw("\",\"").raw(list.weightCode()).raw("\"]");
            first = false;
        }
        out.raw("},\"f\":{");
        first = true;
        for (String name : names) {
            String form = forms.get(name);
            if (form != null) {
                out.raw(first ? "" : ",").string(name).raw(':').string(form);
                first = false;
            }
        }
        return out.raw("}}").bytes();
    }
}
