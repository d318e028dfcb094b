package dev.colophon.comments.internal.stats;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.ReactionDao;
import dev.colophon.comments.internal.store.CommentDao;
import dev.colophon.comments.internal.store.PageCount;
import dev.colophon.comments.internal.store.ShareDao;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Engagement as readers and authors see it: per-page numbers, site totals, series, referrers. */
public final class StatsService {
    private static final int MONTHLY_ABOVE_DAYS = 31;

    /** Views, comments, reactions and shares of one page, for the widget. */
    public record PageStats(long views, long comments, long reactions, long shares) {
    }

    /** A row of the dashboard's post table; the title is null for a page that sent none. */
    public record PostRow(String page, long views, long visitors, long comments, long reactions, String lastComment,
                          long shares, String title) {

        PostRow(String page, long views, long visitors, long comments, long reactions, String lastComment, long shares) {
            this(page, views, visitors, comments, reactions, lastComment, shares, null);
        }

        PostRow withShares(long count) {
            return new PostRow(page, views, visitors, comments, reactions, lastComment, count, title);
        }

        PostRow withTitle(String name) {
            return new PostRow(page, views, visitors, comments, reactions, lastComment, shares, name);
        }
    }

    /** One point of a chart: a day (or month, for a year) with its numbers. */
    public record Point(String label, long views, long visitors, long comments, long shares) {
    }

    /** The dashboard's post table shows the most read posts; the CSV export has them all. */
    public static final int TABLE_ROWS = 1_000;

    /** The dashboard's data for a period. */
    /**
     * @param previous the same totals for the period just before, for "+12 %" beside each total
     */
    public record Summary(int days, String granularity, long views, long visitors, long comments, long reactions,
                          List<Point> series, List<StatsDao.Source> referrers, List<PostRow> posts, long shares,
                          Totals previous) {
    }

    /** Views, visitors and comments of one period. */
    public record Totals(long views, long visitors, long comments) {
    }

    private final Database db;
    private final ViewRecorder recorder;
    private final Clock clock;

    public StatsService(Database db, ViewRecorder recorder, Clock clock) {
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
    }

    public long today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
    }

    public Map<String, PageStats> pages(String site, List<String> pages) {
        Map<String, Long> views = new HashMap<>();
        db.jdbi().withExtension(StatsDao.class, dao -> dao.allTime(site, pages)).forEach(t -> views.put(t.page(), t.views()));
        Map<String, Integer> comments = counts(db.jdbi().withExtension(CommentDao.class, dao -> dao.approvedCounts(site, pages)));
        Map<String, Integer> reactions = counts(db.jdbi().withExtension(ReactionDao.class, dao -> dao.counts(site, pages)));
        Map<String, Integer> shares = counts(db.jdbi().withExtension(ShareDao.class, dao -> dao.counts(site, pages)));
        Map<String, PageStats> result = new LinkedHashMap<>();
        for (String page : pages) {
            result.put(page, new PageStats(views.getOrDefault(page, 0L) + recorder.pending(site, page),
                    comments.getOrDefault(page, 0), reactions.getOrDefault(page, 0), shares.getOrDefault(page, 0)));
        }
        return result;
    }

    public Summary summary(String site, int days) {
        Summary all = fullSummary(site, days);
        return all.posts().size() <= TABLE_ROWS ? all : new Summary(all.days(), all.granularity(), all.views(),
                all.visitors(), all.comments(), all.reactions(), all.series(), all.referrers(),
                List.copyOf(all.posts().subList(0, TABLE_ROWS)), all.shares(), all.previous());
    }

    /** The summary with every post, for the CSV export. */
    public Summary fullSummary(String site, int days) {
        boolean monthly = days > MONTHLY_ABOVE_DAYS;
        long fromDay = today() - days + 1;
        long fromMonth = ViewRecorder.monthOf(today()) - (days / 30) + 1;
        return db.jdbi().withHandle(handle -> {
            StatsDao dao = Daos.of(handle, StatsDao.class);
            List<StatsDao.Bucket> buckets = monthly ? dao.months(site, ViewRecorder.SITE_WIDE, fromMonth)
                    : dao.days(site, ViewRecorder.SITE_WIDE, fromDay);
            List<StatsDao.PageTotal> pages = monthly ? dao.pagesSinceMonth(site, fromMonth) : pagesBetween(dao, site, fromDay, today());
            long fromMillis = monthly ? LocalDate.ofEpochDay(fromDay).withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant().toEpochMilli() : fromDay * 86_400_000L;
            List<Long> commentTimes = dao.commentTimes(site, fromMillis);
            ShareDao shareDao = Daos.of(handle, ShareDao.class);
            List<Point> series = series(buckets, commentTimes, shareDao.days(site, "", fromDay), monthly,
                    monthly ? fromMonth : fromDay, monthly ? ViewRecorder.monthOf(today()) : today());
            Map<String, Integer> shares = counts(shareDao.since(site, fromDay));
            List<PostRow> posts = posts(site, pages, dao.comments(site), Daos.of(handle, ReactionDao.class)).stream()
                    .map(p -> p.withShares(shares.getOrDefault(p.page(), 0))).toList();
            List<PostRow> shared = shares.keySet().stream().filter(page -> posts.stream().noneMatch(p -> p.page().equals(page)))
                    .map(page -> new PostRow(page, 0, 0, 0, 0, null, shares.get(page))).toList();
            long views = buckets.stream().mapToLong(StatsDao.Bucket::views).sum();
            long visitors = buckets.stream().mapToLong(StatsDao.Bucket::visitors).sum();
            long reactions = posts.stream().mapToLong(PostRow::reactions).sum();
            List<PostRow> all = new ArrayList<>(posts);
            all.addAll(shared);
            Map<String, String> titles = new HashMap<>();
            dao.titles(site).forEach(t -> titles.put(t.page(), t.title()));
            return new Summary(days, monthly ? "month" : "day", views, visitors, commentTimes.size(), reactions,
                    series, dao.referrers(site, fromDay, 20), all.stream().map(p -> p.withTitle(titles.get(p.page()))).toList(),
                    shares.values().stream().mapToLong(Integer::longValue).sum(),
                    previous(dao, site, monthly, days, fromMonth, fromDay, fromMillis));
        });
    }

    /** The totals of the period of the same length just before {@code from}. */
    private static Totals previous(StatsDao dao, String site, boolean monthly, int days, long fromMonth, long fromDay,
                                   long fromMillis) {
        long start = monthly ? fromMonth - (days / 30) : fromDay - days;
        long end = monthly ? fromMonth : fromDay;
        List<StatsDao.Bucket> buckets = (monthly ? dao.months(site, ViewRecorder.SITE_WIDE, start)
                : dao.days(site, ViewRecorder.SITE_WIDE, start)).stream().filter(b -> b.bucket() < end).toList();
        long startMillis = monthly ? LocalDate.ofEpochDay(fromDay).withDayOfMonth(1).minusMonths(days / 30)
                .atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() : start * 86_400_000L;
        long comments = dao.commentTimes(site, startMillis).stream().filter(t -> t < fromMillis).count();
        return new Totals(buckets.stream().mapToLong(StatsDao.Bucket::views).sum(),
                buckets.stream().mapToLong(StatsDao.Bucket::visitors).sum(), comments);
    }

    /** Per-page totals of a day range: whole weeks from the weekly rollup, the edges from the daily one. */
    private static List<StatsDao.PageTotal> pagesBetween(StatsDao dao, String site, long from, long to) {
        long firstWeek = ViewRecorder.weekOf(from - 1) + 1; // the first week that starts on or after from
        long lastWeek = ViewRecorder.weekOf(to + 1) - 1;    // the last week that ends on or before to
        if (firstWeek > lastWeek) {
            return dao.pagesBetweenDays(site, from, to);
        }
        Map<String, long[]> sums = new HashMap<>();
        List<List<StatsDao.PageTotal>> parts = List.of(
                dao.pagesBetweenWeeks(site, firstWeek, lastWeek),
                dao.pagesBetweenDays(site, from, ViewRecorder.firstDayOfWeek(firstWeek) - 1),
                dao.pagesBetweenDays(site, ViewRecorder.firstDayOfWeek(lastWeek + 1), to));
        parts.forEach(part -> part.forEach(t -> {
            long[] sum = sums.computeIfAbsent(t.page(), k -> new long[2]);
            sum[0] += t.views();
            sum[1] += t.visitors();
        }));
        List<StatsDao.PageTotal> totals = new ArrayList<>(sums.size());
        sums.forEach((page, sum) -> totals.add(new StatsDao.PageTotal(page, sum[0], sum[1])));
        return totals;
    }

    /** Daily numbers of one page over the last {@code days} days. */
    public List<Point> page(String site, String page, int days) {
        long fromDay = today() - days + 1;
        List<StatsDao.Bucket> buckets = db.jdbi().withExtension(StatsDao.class, dao -> dao.days(site, page, fromDay));
        List<ShareDao.DayCount> shares = db.jdbi().withExtension(ShareDao.class, dao -> dao.days(site, page, fromDay));
        return series(buckets, List.of(), shares, false, fromDay, today());
    }

    private List<PostRow> posts(String site, List<StatsDao.PageTotal> pages, List<StatsDao.CommentTotal> comments,
                                ReactionDao reactionDao) {
        Map<String, PostRow> rows = new HashMap<>();
        pages.forEach(p -> rows.put(p.page(), new PostRow(p.page(), p.views(), p.visitors(), 0, 0, null, 0)));
        comments.forEach(c -> rows.merge(c.page(), new PostRow(c.page(), 0, 0, c.comments(), 0,
                java.time.Instant.ofEpochMilli(c.lastComment()).toString(), 0), (a, b) ->
                new PostRow(a.page(), a.views(), a.visitors(), b.comments(), 0, b.lastComment(), 0)));
        reactionDao.allCounts(site).forEach(r -> rows.compute(r.page(), (k, row) -> row == null
                ? new PostRow(r.page(), 0, 0, 0, r.count(), null, 0)
                : new PostRow(row.page(), row.views(), row.visitors(), row.comments(), r.count(), row.lastComment(), 0)));
        List<PostRow> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparingLong(PostRow::views).reversed().thenComparing(PostRow::page));
        return sorted;
    }

    private static List<Point> series(List<StatsDao.Bucket> buckets, List<Long> commentTimes,
                                      List<ShareDao.DayCount> shareDays, boolean monthly, long from, long to) {
        Map<Long, Long> shares = new HashMap<>();
        shareDays.forEach(d -> shares.merge(monthly ? ViewRecorder.monthOf(d.day()) : d.day(), d.shares(), Long::sum));
        Map<Long, StatsDao.Bucket> byBucket = new HashMap<>();
        buckets.forEach(b -> byBucket.put(b.bucket(), b));
        Map<Long, Long> comments = new HashMap<>();
        for (long time : commentTimes) {
            long day = Math.floorDiv(time, 86_400_000L);
            comments.merge(monthly ? ViewRecorder.monthOf(day) : day, 1L, Long::sum);
        }
        List<Point> points = new ArrayList<>();
        for (long bucket = from; bucket <= to; bucket++) {
            StatsDao.Bucket b = byBucket.get(bucket);
            String label = monthly ? String.format("%04d-%02d", bucket / 12, bucket % 12 + 1) : LocalDate.ofEpochDay(bucket).toString();
            points.add(new Point(label, b == null ? 0 : b.views(), b == null ? 0 : b.visitors(), comments.getOrDefault(bucket, 0L),
                    shares.getOrDefault(bucket, 0L)));
        }
        return points;
    }

    private static Map<String, Integer> counts(List<PageCount> counts) {
        Map<String, Integer> map = new HashMap<>();
        counts.forEach(c -> map.put(c.page(), c.count()));
        return map;
    }

    /** The post table as CSV, for spreadsheets. */
    public static String csv(List<PostRow> posts) {
        StringBuilder csv = new StringBuilder("page,views,visitors,comments,reactions,last_comment,shares,title\n");
        for (PostRow row : posts) {
            csv.append(quote(row.page())).append(',').append(row.views()).append(',').append(row.visitors()).append(',')
                    .append(row.comments()).append(',').append(row.reactions()).append(',')
                    .append(row.lastComment() == null ? "" : row.lastComment()).append(',').append(row.shares()).append(',')
                    .append(row.title() == null ? "" : quote(row.title())).append('\n');
        }
        return csv.toString();
    }

    private static String quote(String value) {
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value; // keep spreadsheets from running a page path as a formula
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
