package dev.colophon.comments.internal.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
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

    public static List<ImportedComment> read(InputStream in, Defaults defaults) throws XMLStreamException, IOException {
        XMLStreamReader xml = ExportXml.reader(new ByteArrayInputStream(NestedCdata.mend(in.readAllBytes())));
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
                page = ExportXml.postPathOf(xml.getElementText());
                depth--; // getElementText() read to the end tag
            } else if (depth == 4 && xml.getLocalName().equals("comment") && page != null) {
                int line = xml.getLocation().getLineNumber();
                Map<String, String> c = ExportXml.fields(xml, null, null);
                depth--;
                ImportedComment comment = comment(c, page, line, defaults);
                if (comment != null) {
                    comments.add(comment);
                }
            }
        }
        return comments;
    }

    private static ImportedComment comment(Map<String, String> c, String page, int line, Defaults defaults) {
        String id = ExportXml.blankToNull(c.get("comment_id"));
        if (id == null) {
            throw ImportException.at(line, "wp:comment_id", "is missing, so the comment could not be told apart on a second import");
        }
        // WordPress's own importer takes a comment with nothing but its id, author and content; so do we
        String approved = defaults.or(ExportXml.blankToNull(c.get("comment_approved")), "wp:comment_approved", "0");
        String type = c.getOrDefault("comment_type", "").strip();
        if (approved.equals("trash") || type.equals("pingback") || type.equals("trackback")) {
            return null;
        }
        String parent = c.getOrDefault("comment_parent", "0").strip();
        String status = approved.equals("1") ? "approved" : approved.equals("spam") ? "spam" : "pending";
        return new ImportedComment("wordpress:" + id, parent.equals("0") || parent.isEmpty() ? null : "wordpress:" + parent,
                page, defaults.or(ExportXml.blankToNull(c.get("comment_author")), "wp:comment_author", null),
                ExportXml.blankToNull(c.get("comment_author_email")), ExportXml.blankToNull(c.get("comment_author_url")),
                paragraphs(defaults.or(c.get("comment_content"), "wp:comment_content", "")), created(c, line, defaults), status);
    }

    /** The GMT time, else the blog's local time read as UTC, else now. */
    private static long created(Map<String, String> c, int line, Defaults defaults) {
        String gmt = ExportXml.blankToNull(c.get("comment_date_gmt"));
        String date = gmt != null && !gmt.startsWith("0000") ? gmt : ExportXml.blankToNull(c.get("comment_date"));
        date = defaults.or(date, "wp:comment_date_gmt", null);
        if (date == null) {
            return Instant.now().toEpochMilli();
        }
        try {
            return LocalDateTime.parse(date, GMT).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw ImportException.at(line, "wp:comment_date_gmt", "'" + date + "' is not a time like 2020-05-02 08:00:00");
        }
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
