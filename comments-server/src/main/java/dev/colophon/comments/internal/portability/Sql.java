package dev.colophon.comments.internal.portability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The tables' SQL names the site as {@code :site}; JDBC wants a {@code ?} for each. */
final class Sql {
    private Sql() {
    }

    static PreparedStatement prepare(Connection connection, String sql, String site) throws SQLException {
        int params = sql.split(":site", -1).length - 1;
        PreparedStatement statement = connection.prepareStatement(sql.replace(":site", "?"));
        for (int i = 1; i <= params; i++) {
            statement.setString(i, site);
        }
        return statement;
    }
}
