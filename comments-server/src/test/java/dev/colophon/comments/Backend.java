package dev.colophon.comments;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Where a test's comment store lives: a new SQLite file, or a new database on a real PostgreSQL server.
 * The server is {@code COLOPHON_TEST_POSTGRES} (a JDBC URL of a role that may create databases), by
 * default the one {@code .ci/run} starts. Without it, PostgreSQL tests skip, except with CI=true, where
 * they fail: CI must run them.
 */
public enum Backend {
    SQLITE,
    POSTGRES;

    static final String POSTGRES_URL = System.getenv().getOrDefault("COLOPHON_TEST_POSTGRES",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=colophon&password=colophon");

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();
    private static volatile String unreachable;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Backend::dropCreated, "drop-test-databases"));
    }

    /** A new, empty database: a path or JDBC URL for {@code Database.open} and {@code --db}. */
    public String newDatabase(Path dir, String name) {
        return switch (this) {
            case SQLITE -> dir.resolve(name + ".db").toString();
            case POSTGRES -> createPostgresDatabase();
        };
    }

    private static String createPostgresDatabase() {
        requirePostgres();
        String database = "colophon_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + POSTGRES_URL + ": " + e.getMessage(), e);
        }
        CREATED.add(database);
        return withDatabase(POSTGRES_URL, database);
    }

    private static void requirePostgres() {
        if (unreachable == null) {
            try (Connection ignored = DriverManager.getConnection(POSTGRES_URL)) {
                unreachable = "";
            } catch (SQLException e) {
                unreachable = "PostgreSQL is needed at " + POSTGRES_URL + " (" + e.getMessage()
                        + "); .ci/run installs and starts one, or set COLOPHON_TEST_POSTGRES";
            }
        }
        if (!unreachable.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(unreachable);
            }
            Assumptions.abort("Skipping PostgreSQL test: " + unreachable);
        }
    }

    /** The same server URL with another database name in its path. */
    static String withDatabase(String jdbcUrl, String database) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return "jdbc:" + uri.getScheme() + "://" + uri.getHost() + port + "/" + database + query;
    }

    private static void dropCreated() {
        if (CREATED.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL);
             Statement statement = connection.createStatement()) {
            for (String database : List.copyOf(CREATED)) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop the test databases " + CREATED + ": " + e.getMessage());
        }
    }
}
