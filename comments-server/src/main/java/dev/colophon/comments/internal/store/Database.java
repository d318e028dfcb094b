package dev.colophon.comments.internal.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.util.Map;
import java.util.regex.Pattern;
import dev.colophon.config.ConfigException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The comment store: a pooled connection to SQLite (a file, nothing to install) or PostgreSQL,
 * migrated by Flyway at open. Every write goes through {@link #write}, which commits in groups.
 */
public final class Database implements AutoCloseable {
    private static final Pattern PASSWORD = Pattern.compile("((?:^|[?&;:/])password=)[^&;]*", Pattern.CASE_INSENSITIVE);
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final GroupCommitter writer;
    private final boolean shared;
    /** Big enough to need a new page of its own, as a comment on a full disk would. */
    private static final String PROBE_FILLER = "x".repeat(16_384);
    private volatile String writeFault;

    private Database(HikariDataSource pool, boolean shared) {
        this.pool = pool;
        this.shared = shared;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        jdbi.registerRowMapper(ConstructorMapper.factory(CommentRow.class));
        jdbi.registerRowMapper(ConstructorMapper.factory(ThreadRow.class));
        jdbi.registerRowMapper(ConstructorMapper.factory(BlockRow.class));
        bindStatuses(jdbi);
        this.writer = new GroupCommitter(jdbi);
    }

    /** A {@link Status} is bound and read as its stored name, and SQL names each one as {@code <approved>}, {@code <spam>}, ... */
    private static void bindStatuses(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<Status>(Types.VARCHAR) {
            @Override
            protected Argument build(Status status, ConfigRegistry config) {
                return (position, statement, context) -> statement.setString(position, status.value());
            }
        });
        jdbi.registerColumnMapper(Status.class, (rows, column, context) -> Status.of(rows.getString(column)));
        for (Status status : Status.values()) {
            jdbi.define(status.value(), "'" + status.value() + "'");
        }
    }

    /** Opens (creating and migrating when needed) the database at a file path or JDBC URL. */
    public static Database open(String location) {
        boolean sqlite = !location.startsWith("jdbc:") || location.startsWith("jdbc:sqlite:");
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("colophon");
        if (sqlite) {
            hikari.setDataSource(sqliteSource(location));
            hikari.setMaximumPoolSize(4);
        } else {
            hikari.setJdbcUrl(location);
            hikari.setMaximumPoolSize(10);
        }
        HikariDataSource pool = open(hikari, location);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("id_pk", sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY"))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new ConfigException(redacted(location) + ": the database schema cannot be migrated: " + e.getMessage());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, !sqlite);
    }

    private static HikariDataSource open(HikariConfig hikari, String location) {
        try {
            return new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ConfigException(redacted(location) + ": cannot connect to the database: " + cause.getMessage());
        }
    }

    /** The location as it may be logged: a password in a JDBC URL is masked. */
    public static String redacted(String location) {
        return PASSWORD.matcher(location).replaceAll("$1***");
    }

    private static SQLiteDataSource sqliteSource(String location) {
        String path = location.startsWith("jdbc:sqlite:") ? location.substring("jdbc:sqlite:".length()) : location;
        Path file = Path.of(path).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            // SQLite gives its -wal and -shm files the database file's mode: 0600 here keeps all three private.
            dev.colophon.resources.PrivateFiles.createFile(file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the folder for the database " + file + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: every acknowledged comment is on disk before the response leaves, even if the machine dies.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        // Reads of large rollups go through the OS page cache instead of copying pages into SQLite's.
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(256L << 20));
        config.setCacheSize(-32_000); // 32 MB per connection
        config.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    /** Whether other server instances may write to this database too (PostgreSQL), so that nothing read may be kept unchecked. */
    public boolean isShared() {
        return shared;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs a write in a transaction shared with the writes waiting beside it, and returns once that
     * transaction is committed. One writer means no SQLITE_BUSY, and one commit (one fsync) for many.
     */
    public <T> T write(HandleCallback<T, RuntimeException> work) {
        try {
            T result = writer.write(work);
            writeFault = null;
            return result;
        } catch (RuntimeException e) {
            throw storageFault(e);
        }
    }

    /** A storage fault becomes {@link StorageUnavailableException} and marks the write path failing; other errors pass. */
    private RuntimeException storageFault(RuntimeException e) {
        return StorageFaults.reason(e).<RuntimeException>map(reason -> {
            writeFault = reason;
            return new StorageUnavailableException(reason, e);
        }).orElse(e);
    }

    /** Wraps a storage fault met while reading, so it answers "try later" rather than "internal error". */
    public static RuntimeException asStorageFault(RuntimeException e) {
        return StorageFaults.reason(e).<RuntimeException>map(reason -> new StorageUnavailableException(reason, e)).orElse(e);
    }

    /**
     * Why writes fail now, or empty when they work. After a failed write this tries a small write of its
     * own (a page's worth, rolled back), so the answer clears by itself once space or the connection is back.
     */
    public java.util.Optional<String> writeFault() {
        if (!writer.isRunning()) {
            return java.util.Optional.of(GroupCommitter.STOPPED);
        }
        if (writeFault != null) {
            try {
                execute(handle -> {
                    handle.createUpdate("INSERT INTO write_probe (id, filler) VALUES (1, :filler)")
                            .bind("filler", PROBE_FILLER).execute();
                    handle.createUpdate("DELETE FROM write_probe").execute();
                });
            } catch (StorageUnavailableException e) {
                return java.util.Optional.of(e.getMessage());
            } catch (RuntimeException e) {
                return java.util.Optional.of("writes fail; the server log has details");
            }
        }
        return java.util.Optional.empty();
    }

    /** {@link #write} for work without a result. */
    public void execute(HandleConsumer<RuntimeException> work) {
        write(handle -> {
            work.useHandle(handle);
            return null;
        });
    }

    /** Tells {@code listener} how many writes each group commit took together. */
    public void onCommit(java.util.function.IntConsumer listener) {
        writer.onCommit(listener);
    }

    public boolean isReachable() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        writer.close();
        pool.close();
    }
}
