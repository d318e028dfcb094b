package dev.colophon.comments;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Where a test's comment store lives: a new SQLite file, or a new schema on a real PostgreSQL server.
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
    private static final String TEST_DATABASE = "colophon_tests";
    private static String testDatabase;

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

    /**
     * A new schema in one shared test database, named in the URL's {@code currentSchema}. Schemas, not
     * databases: PostgreSQL checkpoints on every {@code DROP DATABASE}, which made dropping a run's two
     * hundred databases outlast surefire's thirty seconds for a JVM to exit.
     */
    private static String createPostgresDatabase() {
        requirePostgres();
        String schema = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(testDatabase());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + POSTGRES_URL + ": " + e.getMessage(), e);
        }
        CREATED.add(schema);
        return testDatabase() + (testDatabase().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The database that holds every test's schema, created on first use. */
    private static synchronized String testDatabase() {
        if (testDatabase == null) {
            try (Connection connection = DriverManager.getConnection(POSTGRES_URL);
                 Statement statement = connection.createStatement()) {
                boolean exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + TEST_DATABASE + "'").next();
                if (!exists) {
                    statement.execute("CREATE DATABASE " + TEST_DATABASE);
                }
            } catch (SQLException e) {
                // another JVM may have created it a moment before: the next connection tells
                if (!e.getMessage().contains("already exists")) {
                    throw new IllegalStateException("cannot create the test database on " + POSTGRES_URL + ": " + e.getMessage(), e);
                }
            }
            testDatabase = withDatabase(POSTGRES_URL, TEST_DATABASE);
        }
        return testDatabase;
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
        try (Connection connection = DriverManager.getConnection(testDatabase());
             Statement statement = connection.createStatement()) {
            for (String schema : CREATED) { // one a statement: all at once would outgrow the server's lock table
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            System.err.println("could not drop the test schemas " + CREATED + ": " + e.getMessage());
        }
    }
}
