package dev.colophon.comments.internal.portability;

import dev.colophon.comments.internal.importer.ImportException;
import dev.colophon.comments.internal.render.CommentRenderer;
import dev.colophon.comments.internal.store.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores rows read from an export, turning the document's thread and comment numbers into this database's
 * ids. A row that is there already (same thread page, same comment, same key) is skipped, so importing
 * a file twice adds nothing; comment HTML is sanitized again, since a file can be edited by hand.
 */
final class RowWriter implements AutoCloseable {
    private static final Set<String> STATUSES = Set.of(Status.PENDING.value(), Status.APPROVED.value(), Status.REJECTED.value(), Status.SPAM.value(), Status.DELETED.value());

    private final Connection connection;
    private final CommentRenderer renderer = new CommentRenderer();
    private final Map<String, LocalIds> ids = new HashMap<>();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Set<Long> changedThreads = new HashSet<>();

    private final boolean intoEmpty;
    /** The target's spam filter learned from its owner's decisions already: it keeps its own model. */
    private final boolean ownLessons;
    private boolean modelReplaced;

    RowWriter(Connection connection, boolean intoEmpty) throws SQLException {
        this.connection = connection;
        this.intoEmpty = intoEmpty;
        this.ownLessons = !intoEmpty && queryId("SELECT COUNT(*) FROM comments WHERE trained_as IS NOT NULL") > 0;
    }

    /** Whether the file's spam model was left out, because this database's filter has lessons of its own. */
    boolean keptOwnModel() {
        return ownLessons;
    }

    /** Stores one row; false when it was there already. */
    boolean store(Table table, Object[] values, long line, String where) throws SQLException {
        List<Column> columns = table.columns();
        Long number = null;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.type() == Column.Type.ID) {
                number = (Long) values[i];
            } else if (column.type() == Column.Type.REF && values[i] != null) {
                long local = (Long) values[i];
                values[i] = map(column.ref()).get(local);
                if (values[i] == null) {
                    throw ImportException.at(line, where + "." + column.name(), column.ref() + " " + local
                            + " is not among the " + column.ref() + " before it in the file");
                }
            }
        }
        return switch (table.name()) {
            case "threads" -> thread(table, values, number);
            case "comments" -> comment(table, values, number, line, where);
            case "spam_model", "spam_tokens" -> model(table, values);
            default -> table.id().isPresent() ? insertNumbered(table, values, number) : insert(table, values) == 1;
        };
    }

    private boolean thread(Table table, Object[] values, long number) throws SQLException {
        boolean added = insert(table, values) == 1;
        long id = queryId("SELECT id FROM threads WHERE site = ? AND page = ?", values[table.indexOf("site")],
                values[table.indexOf("page")]);
        map("threads").put(number, id);
        return added;
    }

    private boolean comment(Table table, Object[] values, long number, long line, String where) throws SQLException {
        Object status = values[table.indexOf("status")];
        if (!STATUSES.contains((String) status)) {
            throw ImportException.at(line, where + ".status", "'" + status + "' is not one of " + STATUSES);
        }
        if (ownLessons) {
            values[table.indexOf("trained_as")] = null; // this database's model never learned it: a decision here will teach it
        }
        int html = table.indexOf("html");
        values[html] = renderer.sanitize((String) values[html]);
        Object origin = values[table.indexOf("origin")];
        Object apId = values[table.indexOf("ap_id")];
        Object thread = values[table.indexOf("thread_id")];
        long existing = intoEmpty ? 0 : origin != null ? queryId("SELECT id FROM comments WHERE origin = ?", origin)
                : apId != null ? queryId("SELECT id FROM comments WHERE ap_id = ?", apId)
                : queryId("SELECT id FROM comments WHERE thread_id = ? AND created_at = ? AND author = ? AND body = ?",
                        thread, values[table.indexOf("created_at")], values[table.indexOf("author")], values[table.indexOf("body")]);
        if (existing != 0) {
            map("comments").put(number, existing);
            return false;
        }
        insertNumbered(table, values, number);
        changedThreads.add((Long) thread);
        return true;
    }

    /**
     * The spam filter's counts go in whole or not at all: a model of mixed origins would count lessons twice.
     * They replace what a database that learned nothing from its own owner has (its built-in prior); the old
     * tokens are zeroed rather than deleted, with a new sequence number, so that running instances see it.
     */
    private boolean model(Table table, Object[] values) throws SQLException {
        if (ownLessons) {
            return false;
        }
        if (!modelReplaced) {
            statement("UPDATE spam_model SET spam_docs = 0, ham_docs = 0, seq = seq + 1 WHERE id = 1").executeUpdate();
            statement("UPDATE spam_tokens SET spam = 0, ham = 0, seq = (SELECT seq FROM spam_model WHERE id = 1)").executeUpdate();
            modelReplaced = true;
        }
        PreparedStatement update = table.name().equals("spam_model")
                ? statement("UPDATE spam_model SET spam_docs = ?, ham_docs = ? WHERE id = 1")
                : statement("""
                        INSERT INTO spam_tokens (token, spam, ham, seq) VALUES (?, ?, ?, (SELECT seq FROM spam_model WHERE id = 1))
                        ON CONFLICT (token) DO UPDATE SET spam = excluded.spam, ham = excluded.ham, seq = excluded.seq""");
        bind(update, table, values);
        return update.executeUpdate() == 1;
    }

    /** Inserts a row whose number others refer to, and remembers the id it got. */
    private boolean insertNumbered(Table table, Object[] values, long number) throws SQLException {
        PreparedStatement insert = statement(table.insert().replace(table.conflict(), "RETURNING id"));
        bind(insert, table, values);
        try (ResultSet row = insert.executeQuery()) {
            row.next();
            map(table.name()).put(number, row.getLong(1));
        }
        return true;
    }

    /** The threads that got comments, whose cached JSON other instances must drop. */
    Set<Long> changedThreads() {
        return changedThreads;
    }

    private int insert(Table table, Object[] values) throws SQLException {
        PreparedStatement insert = statement(table.insert());
        bind(insert, table, values);
        return insert.executeUpdate();
    }

    private static void bind(PreparedStatement statement, Table table, Object[] values) throws SQLException {
        int index = 1;
        for (int i = 0; i < values.length; i++) {
            Column.Type type = table.columns().get(i).type();
            if (type == Column.Type.ID) {
                continue;
            }
            Object value = values[i];
            if (value == null) {
                statement.setNull(index++, switch (type) {
                    case TEXT -> Types.VARCHAR;
                    case BOOL -> Types.BOOLEAN;
                    case REAL -> Types.DOUBLE;
                    default -> Types.BIGINT;
                });
            } else if (value instanceof Boolean bool) {
                statement.setBoolean(index++, bool);
            } else if (value instanceof Long number) {
                statement.setLong(index++, number);
            } else if (value instanceof Double real) {
                statement.setDouble(index++, real);
            } else {
                statement.setString(index++, value.toString());
            }
        }
    }

    private long queryId(String sql, Object... params) throws SQLException {
        PreparedStatement query = statement(sql);
        for (int i = 0; i < params.length; i++) {
            query.setObject(i + 1, params[i]);
        }
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    private LocalIds map(String section) {
        return ids.computeIfAbsent(section, s -> new LocalIds());
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }
}
