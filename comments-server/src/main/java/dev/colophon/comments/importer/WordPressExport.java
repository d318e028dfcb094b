package dev.colophon.comments.importer;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (Tools → Export, WXR): each {@code <item>} has its page {@code <link>} and
 * {@code <wp:comment>}s. Approved comments stay approved, held ones pending, spam spam; trashed ones
 * and pingbacks are left out.
 */
public final class WordPressExport {
    private static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WordPressExport() {
    }

    public static List<ImportedComment> read(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = ExportXml.reader(in);
        List<ImportedComment> comments = new ArrayList<>();
        String page = null;
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            if (depth == 3 && xml.getLocalName().equals("item")) {
                page = null;
            } else if (depth == 4 && xml.getLocalName().equals("link") && xml.getNamespaceURI() == null) {
                page = ExportXml.pathOf(xml.getElementText());
                depth--; // getElementText() read to the end tag
            } else if (depth == 4 && xml.getLocalName().equals("comment") && page != null) {
                Map<String, String> c = ExportXml.fields(xml, null, null);
                depth--;
                ImportedComment comment = comment(c, page);
                if (comment != null) {
                    comments.add(comment);
                }
            }
        }
        return comments;
    }

    private static ImportedComment comment(Map<String, String> c, String page) {
        String approved = c.getOrDefault("comment_approved", "0").strip();
        String type = c.getOrDefault("comment_type", "").strip();
        if (approved.equals("trash") || type.equals("pingback") || type.equals("trackback")) {
            return null;
        }
        String parent = c.getOrDefault("comment_parent", "0").strip();
        String status = approved.equals("1") ? "approved" : approved.equals("spam") ? "spam" : "pending";
        long created = LocalDateTime.parse(c.get("comment_date_gmt").strip(), GMT).toInstant(ZoneOffset.UTC).toEpochMilli();
        return new ImportedComment("wordpress:" + c.get("comment_id").strip(), parent.equals("0") ? null : "wordpress:" + parent,
                page, ExportXml.blankToNull(c.get("comment_author")), ExportXml.blankToNull(c.get("comment_author_email")),
                ExportXml.blankToNull(c.get("comment_author_url")), paragraphs(c.getOrDefault("comment_content", "")), created, status);
    }

    /** WordPress stores comments with bare line breaks and adds the paragraphs when it shows them; so do we. */
    static String paragraphs(String content) {
        if (content.contains("<p>") || content.contains("<p ")) {
            return content;
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : content.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(paragraph.strip().replaceAll("\\R", "<br>")).append("</p>");
        }
        return html.toString();
    }
}
