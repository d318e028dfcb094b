package dev.colophon.comments.internal.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV file with a header row, for systems without an importer of their own. Columns (any order):
 * {@code id}, {@code page} (a path or URL) and {@code body} (Markdown) or {@code html} are required;
 * {@code parent_id}, {@code author}, {@code email}, {@code website}, {@code created_at} (RFC 3339 or epoch
 * seconds) and {@code status} (approved, pending, rejected, spam; default approved) are optional.
 */
public final class CsvExport {
    private static final Set<String> COLUMNS = Set.of("id", "parent_id", "page", "author", "email", "website", "body", "html",
            "created_at", "status");
    private static final Set<String> STATUSES = Set.of("approved", "pending", "rejected", "spam");

    private CsvExport() {
    }

    public static List<ImportedComment> read(InputStream in, Defaults defaults) throws Exception {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        List<ImportedComment> comments = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            boolean first = true;
            while (rows.hasNextValue()) {
                long line = rows.getCurrentLocation().getLineNr();
                Map<String, String> row = rows.nextValue();
                if (first) {
                    header(row);
                    first = false;
                }
                comments.add(comment(row, line, defaults));
            }
        }
        return comments;
    }

    private static void header(Map<String, String> row) {
        for (String column : row.keySet()) {
            if (!COLUMNS.contains(column)) {
                throw ImportException.at(1, column, "is not a column this import knows (" + String.join(", ", COLUMNS.stream().sorted().toList()) + ")");
            }
        }
        if (!row.containsKey("id") || !row.containsKey("page") || !(row.containsKey("body") || row.containsKey("html"))) {
            throw ImportException.at(1, null, "the header must name at least the columns id, page and body (or html)");
        }
    }

    private static ImportedComment comment(Map<String, String> row, long line, Defaults defaults) {
        String id = ExportXml.blankToNull(row.get("id"));
        if (id == null) {
            throw ImportException.at(line, "id", "is empty, so the comment could not be told apart on a second import");
        }
        String status = defaults.or(ExportXml.blankToNull(row.get("status")), "status", "approved");
        if (!STATUSES.contains(status)) {
            throw ImportException.at(line, "status", "'" + status + "' is not one of approved, pending, rejected, spam");
        }
        String page = ExportXml.blankToNull(row.get("page"));
        String parent = ExportXml.blankToNull(row.get("parent_id"));
        String html = ExportXml.blankToNull(row.get("html"));
        return new ImportedComment("csv:" + id, parent == null ? null : "csv:" + parent,
                page != null && page.contains("://") ? ExportXml.pathOf(page) : defaults.or(page, "page", null),
                defaults.or(ExportXml.blankToNull(row.get("author")), "author", null), ExportXml.blankToNull(row.get("email")),
                ExportXml.blankToNull(row.get("website")), html, time(row.get("created_at"), line, defaults), status,
                html != null ? null : defaults.or(row.get("body"), "body", ""));
    }

    private static long time(String value, long line, Defaults defaults) {
        String text = defaults.or(ExportXml.blankToNull(value), "created_at", null);
        try {
            return text == null ? Instant.now().toEpochMilli()
                    : text.matches("\\d+") ? Long.parseLong(text) * 1000 : OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw ImportException.at(line, "created_at", "'" + text + "' is not a time like 2019-03-02T08:00:00Z");
        }
    }
}
