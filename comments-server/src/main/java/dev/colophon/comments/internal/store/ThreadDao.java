package dev.colophon.comments.internal.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Threads: one per page of a site, created by the first comment. */
public interface ThreadDao {

    /** The id of a page's thread; also read by the spam filter's lookups. */
    String FIND = "SELECT id FROM threads WHERE site = :site AND page = :page";

    @SqlQuery(FIND)
    Optional<Long> find(@Bind("site") String site, @Bind("page") String page);

    @SqlUpdate("INSERT INTO threads (site, page, created_at) VALUES (:site, :page, :now) ON CONFLICT (site, page) DO NOTHING")
    void insertIfAbsent(@Bind("site") String site, @Bind("page") String page, @Bind("now") long now);

    @SqlQuery("SELECT * FROM threads WHERE id = :id")
    Optional<ThreadRow> get(@Bind("id") long id);

    /** The thread's change counter; see {@code V4__thread_versions.sql}. */
    @SqlQuery("SELECT version FROM threads WHERE site = :site AND page = :page")
    Optional<Long> version(@Bind("site") String site, @Bind("page") String page);

    @SqlUpdate("UPDATE threads SET version = version + 1 WHERE id = :id")
    void touch(@Bind("id") long id);

    @SqlUpdate("UPDATE threads SET version = version + 1 WHERE site = :site AND page = :page")
    void touch(@Bind("site") String site, @Bind("page") String page);
}
