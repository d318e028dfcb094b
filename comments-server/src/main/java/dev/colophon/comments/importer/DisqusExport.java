package dev.colophon.comments.importer;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Disqus export (Admin → Export: one XML file of {@code <thread>}s with their page links, then
 * {@code <post>}s that point to a thread and maybe a parent). Deleted posts are left out; spam stays spam.
 */
public final class DisqusExport {
    private static final String DSQ = "http://disqus.com/disqus-internals";

    private DisqusExport() {
    }

    public static List<ImportedComment> read(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = ExportXml.reader(in);
        Map<String, String> pageOfThread = new HashMap<>();
        List<Map<String, String>> posts = new ArrayList<>();
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && ++depth == 2) { // the children of <disqus>
                String kind = xml.getLocalName();
                String id = xml.getAttributeValue(DSQ, "id");
                Map<String, String> fields = ExportXml.fields(xml, DSQ, "id");
                depth--; // fields() read the element to its end
                if (kind.equals("thread")) {
                    pageOfThread.put(id, ExportXml.pathOf(fields.get("link")));
                } else if (kind.equals("post")) {
                    fields.put("id", id);
                    posts.add(fields);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        List<ImportedComment> comments = new ArrayList<>();
        for (Map<String, String> post : posts) {
            String page = pageOfThread.get(post.get("thread"));
            if (page == null || "true".equals(post.get("isDeleted"))) {
                continue;
            }
            String parent = post.get("parent");
            comments.add(new ImportedComment("disqus:" + post.get("id"), parent == null ? null : "disqus:" + parent, page,
                    ExportXml.blankToNull(post.get("author/name")), ExportXml.blankToNull(post.get("author/email")), null,
                    post.getOrDefault("message", ""), Instant.parse(post.get("createdAt").strip()).toEpochMilli(),
                    "true".equals(post.get("isSpam")) ? "spam" : "approved"));
        }
        return comments;
    }
}
