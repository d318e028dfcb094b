package dev.colophon.comments.internal.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** What the JSON export readers share: text fields that may be missing, and times in RFC 3339. */
final class JsonExports {
    private JsonExports() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() || value.isNumber() ? ExportXml.blankToNull(value.asText()) : null;
    }

    /** A time such as 2019-03-02T08:00:00Z or 2019-03-02T09:00:00+01:00 (Go writes both); now when missing, with a warning. */
    static long time(JsonNode node, String field, String where, Defaults defaults) {
        String text = defaults.or(text(node, field), field, null);
        if (text == null) {
            return Instant.now().toEpochMilli();
        }
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new ImportException(where + "." + field + ": '" + text + "' is not a time like 2019-03-02T08:00:00Z");
        }
    }

    static ImportException notThis(String source, String expected) {
        return new ImportException("line 1: not a " + source + " export (" + expected + ")");
    }
}
