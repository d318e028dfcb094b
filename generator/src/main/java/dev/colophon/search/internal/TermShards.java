package dev.colophon.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The term shards: postings by key ({@link Postings}: two base64 strings) and surface forms by word, split
 * by prefix ({@link ShardTrie}). A common key (on more than twice {@code head} pages) keeps only its
 * {@code head} postings of most impact there, with its page count and a bound on what the rest add to a
 * score; the rest go to a tail shard under {@code u/}, which the client fetches only when its results
 * might change: on a 10,000-page site a word on 93% of the pages costs 1.6 KB instead of 4 KB.
 */
final class TermShards {
    /** The shards as {@code index.js} lists them: where each term shard starts, and each tail shard. */
    record Listing(List<String> terms, List<String> tails) {}

    private final Map<String, Postings> postings;
    private final Map<String, String> forms;
    private final Map<String, Postings.Tiers> tiers = new HashMap<>();

    TermShards(Map<String, Postings> postings, Map<String, String> forms, Scoring scoring, int head) {
        this.postings = postings;
        this.forms = forms;
        postings.forEach((key, list) -> {
            // a filter (tag, year) needs every page it allows, so it is never cut
            if (list.size() > 2 * head && !key.startsWith(IndexWriter.TAG_KEY) && !key.startsWith(IndexWriter.YEAR_KEY)) {
                tiers.put(key, list.split(scoring, head));
            }
        });
    }

    /** Adds the shard files to {@code files}. */
    Listing write(long floor, int wantedFiles, long tailFloor, int wantedTails, Map<String, byte[]> files) {
        TreeSet<String> sorted = new TreeSet<>(postings.keySet());
        sorted.addAll(forms.keySet());
        List<String> names = new ArrayList<>(sorted);
        long[] costs = new long[names.size()];
        for (int i = 0; i < costs.length; i++) {
            Postings list = head(names.get(i));
            String form = forms.get(names.get(i));
            costs[i] = names.get(i).length() + 4 + (list == null ? 0 : 9 + 2L * list.size()) + (form == null ? 0 : form.length() + 6);
        }
        List<String> terms = new ArrayList<>();
        for (ShardTrie.Shard shard : new ShardTrie(names, costs, IndexWriter.shardLimit(Arrays.stream(costs).sum(), floor, wantedFiles)).shards()) {
            String path = "t/" + shard.fileName() + ".js";
            files.put(path, shard(path, names.subList(shard.from(), shard.to())));
            terms.add(shard.start());
        }
        return new Listing(terms, tails(tailFloor, wantedTails, files));
    }

    private List<String> tails(long floor, int wantedFiles, Map<String, byte[]> files) {
        List<String> names = new ArrayList<>(new TreeSet<>(tiers.keySet()));
        long[] costs = names.stream().mapToLong(name -> name.length() + 13 + 2L * tiers.get(name).tail().size()).toArray();
        List<String> listed = new ArrayList<>();
        for (ShardTrie.Shard shard : new ShardTrie(names, costs, IndexWriter.shardLimit(Arrays.stream(costs).sum(), floor, wantedFiles)).shards()) {
            String path = "u/" + shard.fileName() + ".js";
            Script out = new Script(path).raw('{');
            for (int i = shard.from(); i < shard.to(); i++) {
                Postings tail = tiers.get(names.get(i)).tail();
                out.raw(i == shard.from() ? "" : ",").string(names.get(i)).raw(":[\"").raw(tail.idCode()).raw("\",\"").raw(tail.weightCode()).raw("\"]");
            }
            files.put(path, out.raw('}').bytes());
            listed.add(shard.start());
        }
        return listed;
    }

    private Postings head(String name) {
        Postings.Tiers tier = tiers.get(name);
        return tier == null ? postings.get(name) : tier.head();
    }

    private byte[] shard(String path, List<String> names) {
        Script out = new Script(path).raw("{\"k\":{");
        boolean first = true;
        for (String name : names) {
            Postings list = head(name);
            if (list == null) {
                continue;
            }
            out.raw(first ? "" : ",").string(name).raw(":[\"").raw(list.idCode()).raw("\",\"").raw(list.weightCode()).raw('"');
            Postings.Tiers tier = tiers.get(name);
            if (tier != null) { // the page count, for the key's idf, and the bound of its tail
                out.raw(',').number(postings.get(name).size()).raw(',').raw(Scoring.above(tier.bound()));
            }
            out.raw(']');
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
