package dev.colophon.comments.internal.portability;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.colophon.comments.internal.importer.ImportException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one row of a section into its columns' values (times as epoch milliseconds), checking each
 * field's type. A missing field that has a default gets it, counted in {@code defaulted} for the warning.
 */
final class RowReader {
    private final Map<String, Long> defaulted = new TreeMap<>();

    /** How many rows got each default, by {@code section.field}. */
    Map<String, Long> defaulted() {
        return defaulted;
    }

    Object[] read(JsonParser json, Table table, long index) throws IOException {
        String where = table.name() + "[" + index + "]";
        if (json.currentToken() != JsonToken.START_OBJECT) {
            throw ImportException.at(line(json), where, "expected an object, found " + json.getText());
        }
        Object[] values = new Object[table.columns().size()];
        boolean[] seen = new boolean[values.length];
        long rowLine = line(json);
        for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
            String field = json.currentName();
            int at = table.columns().indexOf(table.column(field).orElseThrow(() ->
                    ImportException.at(line(json), where + "." + field, "no such field in a " + Tables.FORMAT + " export")));
            json.nextToken();
            values[at] = value(json, table.columns().get(at), where + "." + field);
            seen[at] = true;
        }
        for (int i = 0; i < values.length; i++) {
            Column column = table.columns().get(i);
            if (values[i] == null && !column.nullable()) {
                if (column.fallback() == null) {
                    throw ImportException.at(rowLine, where + "." + column.name(), seen[i] ? "must not be null" : "is missing");
                }
                values[i] = column.fallback();
                defaulted.merge(table.name() + "." + column.name(), 1L, Long::sum);
            }
        }
        return values;
    }

    private static Object value(JsonParser json, Column column, String where) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        return switch (column.type()) {
            case TEXT -> expect(json, token == JsonToken.VALUE_STRING, where, "text").getText();
            case ID, REF, LONG -> expect(json, token == JsonToken.VALUE_NUMBER_INT, where, "a whole number").getLongValue();
            case REAL -> expect(json, token.isNumeric(), where, "a number").getDoubleValue();
            case BOOL -> expect(json, token.isBoolean(), where, "true or false").getBooleanValue();
            case TIME -> time(expect(json, token == JsonToken.VALUE_STRING, where, "a time like 2026-05-31T14:30:00Z"), where);
        };
    }

    private static long time(JsonParser json, String where) throws IOException {
        try {
            return Instant.parse(json.getText()).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw ImportException.at(line(json), where, "'" + json.getText() + "' is not a time like 2026-05-31T14:30:00Z");
        }
    }

    private static JsonParser expect(JsonParser json, boolean ok, String where, String what) throws IOException {
        if (!ok) {
            throw ImportException.at(line(json), where, "expected " + what + ", found " + json.getText());
        }
        return json;
    }

    static long line(JsonParser json) {
        return json.currentLocation().getLineNr();
    }
}
