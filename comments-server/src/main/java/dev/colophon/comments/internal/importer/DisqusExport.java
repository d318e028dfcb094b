package dev.colophon.comments.internal.importer;

import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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

    public static List<ImportedComment> read(InputStream in, Defaults defaults) throws XMLStreamException {
        XMLStreamReader xml = ExportXml.reader(in);
        Map<String, String> pageOfThread = new HashMap<>();
        List<Map<String, String>> posts = new ArrayList<>();
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && ++depth == 2) { // the children of <disqus>
                String kind = xml.getLocalName();
                String id = xml.getAttributeValue(DSQ, "id");
                int line = xml.getLocation().getLineNumber();
                Map<String, String> fields = ExportXml.fields(xml, DSQ, "id");
                depth--; // fields() read the element to its end
                if (kind.equals("thread")) {
                    pageOfThread.put(id, ExportXml.pathOf(fields.get("link")));
                } else if (kind.equals("post")) {
                    // a post without dsq:id (seen in the wild; Remark42 takes them too) is known by its own <id>
                    String own = ExportXml.blankToNull(fields.get("id"));
                    if (id == null && own == null) {
                        throw ImportException.at(line, "post", "has no dsq:id and no <id>, so it could not be told apart on a second import");
                    }
                    fields.put("id", id != null ? id : "id:" + own);
                    fields.put("line", String.valueOf(line));
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
                    defaults.or(ExportXml.blankToNull(post.get("author/name")), "author name", null),
                    ExportXml.blankToNull(post.get("author/email")), null, defaults.or(post.get("message"), "message", ""),
                    time(post, defaults), "true".equals(post.get("isSpam")) ? "spam" : "approved"));
        }
        return comments;
    }

    private static long time(Map<String, String> post, Defaults defaults) {
        String created = defaults.or(ExportXml.blankToNull(post.get("createdAt")), "createdAt", null);
        try {
            return created == null ? Instant.now().toEpochMilli() : Instant.parse(created).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw ImportException.at(Long.parseLong(post.get("line")), "post " + post.get("id") + " createdAt",
                    "'" + created + "' is not a time like 2019-03-02T08:00:00Z");
        }
    }
}
