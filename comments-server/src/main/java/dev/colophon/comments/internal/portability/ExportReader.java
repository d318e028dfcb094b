package dev.colophon.comments.internal.portability;

import dev.colophon.comments.internal.store.Daos;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.colophon.comments.internal.importer.ImportException;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.ThreadDao;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores an export document into a database, empty or not, in one transaction: a file that is cut
 * short, malformed or not an export is refused at its first problem and nothing of it is kept.
 */
public final class ExportReader {
    /**
     * What an import did, by section: rows added, rows that were there already, and defaults given by field.
     *
     * @param keptOwnModel the file's spam model was left out: the database's filter had learned from its owner already
     */
    public record Result(Map<String, Long> added, Map<String, Long> alreadyThere, Map<String, Long> defaulted, boolean keptOwnModel) {
        public long added(String section) {
            return added.getOrDefault(section, 0L);
        }
    }

    private final Database db;
    private final List<Table> tables;
    private final boolean intoEmpty;

    /** @param intoEmpty the database is known to be empty, so nothing is looked up before it is added (a migration) */
    public ExportReader(Database db, List<Table> tables, boolean intoEmpty) {
        this.db = db;
        this.tables = tables;
        this.intoEmpty = intoEmpty;
    }

    public ExportReader(Database db, List<Table> tables) {
        this(db, tables, false);
    }

    public Result read(InputStream in) {
        return db.write(handle -> {
            try (JsonParser json = new JsonFactory().createParser(in);
                 RowWriter writer = new RowWriter(handle.getConnection(), intoEmpty)) {
                Result result = read(json, writer);
                ThreadDao threads = Daos.of(handle, ThreadDao.class);
                writer.changedThreads().forEach(threads::touch);
                return result;
            } catch (JsonParseException e) {
                if (e.getOriginalMessage().startsWith("Unexpected end-of-input")) {
                    throw ImportException.at(e.getLocation().getLineNr(), null, "the file ends before the export does (cut short?)");
                }
                throw ImportException.at(e.getLocation().getLineNr(), null, "not valid JSON ("
                        + e.getOriginalMessage().replaceAll("\\s+at \\[Source.*", "") + ")");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("the import stopped, nothing of it is kept: " + e.getMessage(), e);
            }
        });
    }

    private Result read(JsonParser json, RowWriter writer) throws IOException, SQLException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw ImportException.at(RowReader.line(json), null, "not a " + Tables.FORMAT + " export (it does not start with '{')");
        }
        Map<String, Long> added = new LinkedHashMap<>();
        Map<String, Long> already = new LinkedHashMap<>();
        RowReader rows = new RowReader();
        boolean headerSeen = false;
        for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
            if (token == null) {
                throw ImportException.at(RowReader.line(json), null, "the file ends before the export does (cut short?)");
            }
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "format" -> headerSeen = format(json);
                case "version" -> version(json);
                case "site" -> { }
                default -> {
                    if (!headerSeen) {
                        throw ImportException.at(RowReader.line(json), "format", "is missing: not a " + Tables.FORMAT + " export");
                    }
                    section(json, table(json, field), rows, writer, added, already);
                }
            }
        }
        if (!headerSeen) {
            throw ImportException.at(RowReader.line(json), "format", "is missing: not a " + Tables.FORMAT + " export");
        }
        return new Result(added, already, rows.defaulted(), writer.keptOwnModel());
    }

    private void section(JsonParser json, Table table, RowReader rows, RowWriter writer, Map<String, Long> added,
                         Map<String, Long> already) throws IOException, SQLException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            throw ImportException.at(RowReader.line(json), table.name(), "expected a list of rows");
        }
        long index = 0;
        for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken(), index++) {
            if (token == null) {
                throw ImportException.at(RowReader.line(json), table.name(), "the file ends inside this list (cut short?)");
            }
            long line = RowReader.line(json);
            Object[] values = rows.read(json, table, index);
            String where = table.name() + "[" + index + "]";
            boolean stored;
            try {
                stored = writer.store(table, values, line, where);
            } catch (IllegalArgumentException e) {
                throw ImportException.at(line, where, e.getMessage());
            }
            (stored ? added : already).merge(table.name(), 1L, Long::sum);
        }
    }

    private Table table(JsonParser json, String field) {
        return tables.stream().filter(t -> t.name().equals(field)).findFirst().orElseThrow(() ->
                ImportException.at(RowReader.line(json), field, "no such section in a " + Tables.FORMAT + " export of version "
                        + Tables.VERSION));
    }

    private static boolean format(JsonParser json) throws IOException {
        if (!Tables.FORMAT.equals(json.getValueAsString())) {
            throw ImportException.at(RowReader.line(json), "format", "is '" + json.getText() + "', not " + Tables.FORMAT);
        }
        return true;
    }

    private static void version(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.VALUE_NUMBER_INT || json.getIntValue() < 1 || json.getIntValue() > Tables.VERSION) {
            throw ImportException.at(RowReader.line(json), "version", json.getText() + " is not a version this Colophon reads (1 to "
                    + Tables.VERSION + "); a newer Colophon made it?");
        }
    }
}
