package dev.colophon.comments.internal.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Shares per page and day: share actions and reposts received; see {@code V9__webmentions.sql}. */
@RegisterConstructorMapper(PageCount.class)
@RegisterConstructorMapper(ShareDao.DayCount.class)
public interface ShareDao {

    /** Shares of one day. */
    record DayCount(long day, long shares) {
    }

    @SqlUpdate("""
            INSERT INTO page_shares (site, page, day, shares) VALUES (:site, :page, :day, :delta)
            ON CONFLICT (site, page, day) DO UPDATE SET shares = page_shares.shares + :delta""")
    void add(@Bind("site") String site, @Bind("page") String page, @Bind("day") long day, @Bind("delta") long delta);

    @SqlQuery("SELECT COALESCE(SUM(shares), 0) FROM page_shares WHERE site = :site AND page = :page")
    long count(@Bind("site") String site, @Bind("page") String page);

    @SqlQuery("""
            SELECT page AS page, CAST(SUM(shares) AS INTEGER) AS count FROM page_shares
            WHERE site = :site AND page IN (<pages>) GROUP BY page""")
    List<PageCount> counts(@Bind("site") String site, @BindList("pages") List<String> pages);

    @SqlQuery("""
            SELECT page AS page, CAST(SUM(shares) AS INTEGER) AS count FROM page_shares
            WHERE site = :site AND day >= :from GROUP BY page""")
    List<PageCount> since(@Bind("site") String site, @Bind("from") long fromDay);

    @SqlQuery("""
            SELECT day, SUM(shares) AS shares FROM page_shares
            WHERE site = :site AND (:page = '' OR page = :page) AND day >= :from GROUP BY day""")
    List<DayCount> days(@Bind("site") String site, @Bind("page") String page, @Bind("from") long fromDay);
}
