package dev.colophon.search.internal;

import java.util.List;
import java.util.Map;

/** The fragments: for each run of consecutive pages, what their results show (URL, title, date, tags, text). */
final class Fragments {
    private final List<IndexedDoc> docs;
    private final int perFragment;

    Fragments(List<IndexedDoc> docs, int perFragment) {
        this.docs = docs;
        this.perFragment = perFragment;
    }

    void write(Map<String, byte[]> files) {
        for (int start = 0; start < docs.size(); start += perFragment) {
            String path = "f/" + (start / perFragment) + ".js";
            Script out = new Script(path).raw('[');
            for (int id = start; id < Math.min(docs.size(), start + perFragment); id++) {
                IndexedDoc doc = docs.get(id);
                out.raw(id == start ? "[" : ",[").string(doc.url()).raw(',').string(doc.title()).raw(',').string(doc.date())
                        .raw(',').strings(doc.tags()).raw(',').string(doc.text()).raw(']');
            }
            files.put(path, out.raw(']').bytes());
        }
    }
}
