package dev.colophon.comments.internal.importer;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** What the export readers share: a StAX reader that never fetches or expands anything, and page paths from URLs. */
final class ExportXml {
    private ExportXml() {
    }

    /** No DTDs, no external entities: an export is data, and must not read files or call hosts (XXE). */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return new OpenElements(factory.createXMLStreamReader(in));
    }

    /** The path of a page URL (https://blog.example/posts/hello/ → /posts/hello/); null when it has none. */
    static String pathOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String path = URI.create(url.strip()).getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Reads the element the reader is on to its end: the text of every descendant by its path of local
     * names ({@code message}, {@code author/name}), and for children carrying the attribute
     * {@code refAttribute} of {@code refNamespace} (Disqus's {@code dsq:id}), that value by the child's name.
     */
    static Map<String, String> fields(XMLStreamReader xml, String refNamespace, String refAttribute) throws XMLStreamException {
        Map<String, StringBuilder> texts = new HashMap<>();
        Map<String, String> fields = new HashMap<>();
        Deque<String> path = new ArrayDeque<>();
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    path.addLast(xml.getLocalName());
                    String ref = refNamespace == null ? null : xml.getAttributeValue(refNamespace, refAttribute);
                    if (ref != null && path.size() == 1) {
                        fields.put(xml.getLocalName(), ref);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!path.isEmpty()) {
                        texts.computeIfAbsent(String.join("/", path), k -> new StringBuilder()).append(xml.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (path.isEmpty()) {
                        texts.forEach((key, text) -> fields.putIfAbsent(key, text.toString()));
                        return fields;
                    }
                    path.removeLast();
                }
                default -> { }
            }
        }
        throw new XMLStreamException("the export ends inside an element");
    }

    /**
     * A WordPress post's page: its path, and its query when the blog uses plain permalinks
     * ({@code https://blog.example/?p=42} → {@code /?p=42}), WordPress's default, so that each post keeps its thread.
     */
    static String postPathOf(String url) {
        String path = pathOf(url);
        if (path == null) {
            return null;
        }
        try {
            String query = URI.create(url.strip()).getRawQuery();
            return query != null && query.matches("(p|page_id|attachment_id)=\\d+") ? path + "?" + query : path;
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
