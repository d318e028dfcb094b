package dev.colophon.comments.internal.portability;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.colophon.comments.internal.store.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Writes the database as one export document, a row per line, from one consistent read (a snapshot:
 * the server may keep writing meanwhile). Rows are streamed, so memory grows only with the numbers of
 * threads and comments (8 bytes each, to renumber them 1, 2, 3… in the order they were made), which
 * makes the same data give the same document whatever ids a database gave it.
 */
public final class ExportWriter {
    private static final int FETCH = 1_000;
    private final Database db;

    public ExportWriter(Database db) {
        this.db = db;
    }

    /** Writes every table of {@code tables} (of one site, or all when {@code site} is null); returns the rows per table. */
    public Map<String, Long> write(OutputStream out, String site, List<Table> tables) {
        HandleCallback<Map<String, Long>, RuntimeException> export = handle -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                return write(json, handle.getConnection(), site, tables);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("the export stopped: " + e.getMessage(), e);
            }
        };
        // SQLite's transaction reads one snapshot already; PostgreSQL's needs REPEATABLE READ for that
        return db.isShared() ? db.jdbi().inTransaction(TransactionIsolationLevel.REPEATABLE_READ, export)
                : db.jdbi().inTransaction(export);
    }

    private Map<String, Long> write(JsonGenerator json, Connection connection, String site, List<Table> tables)
            throws IOException, SQLException {
        json.writeStartObject();
        json.writeStringField("format", Tables.FORMAT);
        json.writeNumberField("version", Tables.VERSION);
        json.writeStringField("site", site);
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, IdNumbers> numbers = new HashMap<>();
        for (Table table : tables) {
            if (table.id().isPresent()) {
                numbers.put(table.name(), IdNumbers.load(connection, table, site));
            }
            json.writeRaw('\n');
            json.writeArrayFieldStart(table.name());
            counts.put(table.name(), rows(json, connection, table, site, numbers));
            json.writeEndArray();
        }
        json.writeRaw('\n');
        json.writeEndObject();
        json.writeRaw('\n');
        return counts;
    }

    private long rows(JsonGenerator json, Connection connection, Table table, String site, Map<String, IdNumbers> numbers)
            throws IOException, SQLException {
        long count = 0;
        try (PreparedStatement query = Sql.prepare(connection, table.select(site != null), site)) {
            query.setFetchSize(FETCH);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    json.writeRaw('\n');
                    json.writeStartObject();
                    for (int i = 0; i < table.columns().size(); i++) {
                        Column column = table.columns().get(i);
                        json.writeFieldName(column.name());
                        value(json, column, rows, i + 1, column.type() == Column.Type.ID ? numbers.get(table.name())
                                : numbers.get(column.ref()));
                    }
                    json.writeEndObject();
                    count++;
                }
            }
        }
        return count;
    }

    private static void value(JsonGenerator json, Column column, ResultSet rows, int index, IdNumbers ids)
            throws IOException, SQLException {
        if (column.type() == Column.Type.TEXT) {
            json.writeString(rows.getString(index));
            return;
        }
        if (column.type() == Column.Type.BOOL) {
            boolean value = rows.getBoolean(index);
            if (rows.wasNull()) {
                json.writeNull();
            } else {
                json.writeBoolean(value);
            }
            return;
        }
        if (column.type() == Column.Type.REAL) {
            double value = rows.getDouble(index);
            if (rows.wasNull()) {
                json.writeNull();
            } else {
                json.writeNumber(value);
            }
            return;
        }
        long value = rows.getLong(index);
        if (rows.wasNull()) {
            json.writeNull();
            return;
        }
        switch (column.type()) {
            case ID, REF -> {
                long number = ids.numberOf(value);
                if (number == 0) {
                    json.writeNull(); // points outside the exported site: cannot happen with the foreign keys in place
                } else {
                    json.writeNumber(number);
                }
            }
            case LONG -> json.writeNumber(value);
            case TIME -> json.writeString(Instant.ofEpochMilli(value).toString());
            default -> throw new IllegalStateException(column.type().name());
        }
    }
}
