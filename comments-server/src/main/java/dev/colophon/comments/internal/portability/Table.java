package dev.colophon.comments.internal.portability;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A table as a section of the export: its columns, the order rows are written in (so that the same data
 * gives the same document), and which rows belong to one site.
 *
 * @param siteFilter a SQL condition on {@code :site}, or null for server-wide tables (exported with every site)
 * @param conflict what the import's INSERT does when the row is there already (usually {@code ON CONFLICT DO NOTHING})
 * @param rowFilter a SQL condition every exported row meets, or null for all rows
 */
public record Table(String name, List<Column> columns, String orderBy, String siteFilter, String conflict, String rowFilter) {

    public Table(String name, List<Column> columns, String orderBy, String siteFilter, String conflict) {
        this(name, columns, orderBy, siteFilter, conflict, null);
    }

    /** The column that numbers rows in the document, when other sections refer to them. */
    public Optional<Column> id() {
        return columns.stream().filter(c -> c.type() == Column.Type.ID).findFirst();
    }

    public Optional<Column> column(String field) {
        return columns.stream().filter(c -> c.name().equals(field)).findFirst();
    }

    /** Where a column's value is in a row's values. */
    int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " has no column " + column);
    }

    String select(boolean forSite) {
        String names = String.join(", ", columns.stream().map(Column::name).toList());
        return "SELECT " + names + " FROM " + name + where(forSite) + " ORDER BY " + orderBy;
    }

    /** The WHERE clause (with its leading space) of the rows exported, or an empty string. */
    String where(boolean forSite) {
        List<String> conditions = Stream.of(forSite ? siteFilter : null, rowFilter)
                .filter(Objects::nonNull).toList();
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    String insert() {
        List<String> stored = columns.stream().filter(c -> c.type() != Column.Type.ID).map(Column::name).toList();
        return "INSERT INTO " + name + " (" + String.join(", ", stored) + ") VALUES ("
                + String.join(", ", stored.stream().map(c -> "?").toList()) + ") " + conflict;
    }
}
