package dev.colophon.comments.internal.stats;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads of the engagement rollups. Writes are batched by {@link ViewRecorder}. */
@RegisterConstructorMapper(StatsDao.PageTotal.class)
@RegisterConstructorMapper(StatsDao.Bucket.class)
@RegisterConstructorMapper(StatsDao.Source.class)
@RegisterConstructorMapper(StatsDao.CommentTotal.class)
@RegisterConstructorMapper(StatsDao.PageTitle.class)
public interface StatsDao {
    /** A page's title as its beacon last gave it. */
    record PageTitle(String page, String title) {
    }

    @SqlQuery("SELECT page, title FROM page_titles WHERE site = :site")
    List<PageTitle> titles(@Bind("site") String site);

    /** Views and visitors of one page over a period. */
    record PageTotal(String page, long views, long visitors) {
    }

    /** Views and visitors in one day or month. */
    record Bucket(long bucket, long views, long visitors) {
    }

    /** Views from one referrer. */
    record Source(String referrer, long views) {
    }

    /** Approved comments of one page and when the last came. */
    record CommentTotal(String page, long comments, long lastComment) {
    }

    @SqlQuery("""
            SELECT page, SUM(views) AS views, SUM(visitors) AS visitors FROM page_views
            WHERE site = :site AND page IN (<pages>) GROUP BY page""")
    List<PageTotal> allTime(@Bind("site") String site, @BindList("pages") List<String> pages);

    @SqlQuery("""
            SELECT page, SUM(views) AS views, SUM(visitors) AS visitors FROM page_views
            WHERE site = :site AND day >= :from AND day <= :to AND page <> '*' GROUP BY page""")
    List<PageTotal> pagesBetweenDays(@Bind("site") String site, @Bind("from") long fromDay, @Bind("to") long toDay);

    @SqlQuery("""
            SELECT page, SUM(views) AS views, SUM(visitors) AS visitors FROM page_views_weekly
            WHERE site = :site AND week >= :from AND week <= :to AND page <> '*' GROUP BY page""")
    List<PageTotal> pagesBetweenWeeks(@Bind("site") String site, @Bind("from") long fromWeek, @Bind("to") long toWeek);

    @SqlQuery("""
            SELECT page, SUM(views) AS views, SUM(visitors) AS visitors FROM page_views_monthly
            WHERE site = :site AND month >= :from AND page <> '*' GROUP BY page""")
    List<PageTotal> pagesSinceMonth(@Bind("site") String site, @Bind("from") long fromMonth);

    @SqlQuery("""
            SELECT day AS bucket, views, visitors FROM page_views
            WHERE site = :site AND page = :page AND day >= :from ORDER BY day""")
    List<Bucket> days(@Bind("site") String site, @Bind("page") String page, @Bind("from") long fromDay);

    @SqlQuery("""
            SELECT month AS bucket, views, visitors FROM page_views_monthly
            WHERE site = :site AND page = :page AND month >= :from ORDER BY month""")
    List<Bucket> months(@Bind("site") String site, @Bind("page") String page, @Bind("from") long fromMonth);

    @SqlQuery("""
            SELECT referrer, SUM(views) AS views FROM referrer_views WHERE site = :site AND day >= :from
            GROUP BY referrer ORDER BY views DESC, referrer LIMIT :limit""")
    List<Source> referrers(@Bind("site") String site, @Bind("from") long fromDay, @Bind("limit") int limit);

    @SqlQuery("""
            SELECT t.page AS page, COUNT(*) AS comments, MAX(c.created_at) AS last_comment
            FROM comments c JOIN threads t ON t.id = c.thread_id
            WHERE t.site = :site AND c.status = <approved> GROUP BY t.page""")
    List<CommentTotal> comments(@Bind("site") String site);

    @SqlQuery("""
            SELECT c.created_at FROM comments c JOIN threads t ON t.id = c.thread_id
            WHERE t.site = :site AND c.status = <approved> AND c.created_at >= :from""")
    List<Long> commentTimes(@Bind("site") String site, @Bind("from") long fromMillis);
}
