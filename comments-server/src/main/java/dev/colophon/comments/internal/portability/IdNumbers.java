package dev.colophon.comments.internal.portability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/** A table's ids in ascending order, so that each has a number in the document: its place, from 1. */
final class IdNumbers {
    private final long[] ids;
    private final int size;

    private IdNumbers(long[] ids, int size) {
        this.ids = ids;
        this.size = size;
    }

    static IdNumbers load(Connection connection, Table table, String site) throws SQLException {
        String where = site != null && table.siteFilter() != null ? " WHERE " + table.siteFilter() : "";
        long[] ids = new long[1024];
        int size = 0;
        try (PreparedStatement query = Sql.prepare(connection, "SELECT id FROM " + table.name() + where + " ORDER BY id", site)) {
            query.setFetchSize(10_000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (size == ids.length) {
                        ids = Arrays.copyOf(ids, size * 2);
                    }
                    ids[size++] = rows.getLong(1);
                }
            }
        }
        return new IdNumbers(ids, size);
    }

    /** The id's number in the document, or 0 when it is not among them. */
    long numberOf(long id) {
        int at = Arrays.binarySearch(ids, 0, size, id);
        return at < 0 ? 0 : at + 1;
    }
}
