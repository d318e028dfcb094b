package dev.colophon.comments.internal.stats;

import dev.colophon.comments.internal.store.Database;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts views in memory and writes them every interval in one transaction: daily and monthly
 * rollups per page (and '*' for the site), referrers, the day's visitor hashes that make unique
 * counts exact across instances and restarts, and each page's latest title. A graceful stop flushes; a crash loses at most one
 * interval of views.
 */
public final class ViewRecorder implements AutoCloseable {
    static final String SITE_WIDE = "*";
    private static final Logger LOG = LoggerFactory.getLogger(ViewRecorder.class);

    private record PageDay(String site, String page, long day) {
        static final Comparator<PageDay> ORDER = Comparator.comparing(PageDay::site).thenComparing(PageDay::page)
                .thenComparingLong(PageDay::day);
    }

    private record SourceDay(String site, String source, long day) {
        static final Comparator<SourceDay> ORDER = Comparator.comparing(SourceDay::site).thenComparingLong(SourceDay::day)
                .thenComparing(SourceDay::source);
    }

    private record Seen(String site, String page, long day, String visitor) {
        static final Comparator<Seen> ORDER = Comparator.comparingLong(Seen::day).thenComparing(Seen::site)
                .thenComparing(Seen::page).thenComparing(Seen::visitor);
    }

    private record Page(String site, String page) {
        static final Comparator<Page> ORDER = Comparator.comparing(Page::site).thenComparing(Page::page);
    }

    /** The views of one interval. */
    private static final class Batch {
        final Map<PageDay, LongAdder> views = new ConcurrentHashMap<>();
        final Map<Page, String> titles = new ConcurrentHashMap<>();
        final Map<SourceDay, LongAdder> sources = new ConcurrentHashMap<>();
        final Set<Seen> visitors = ConcurrentHashMap.newKeySet();
    }

    private final Database db;
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private final ScheduledExecutorService timer;
    private volatile Batch batch = new Batch();

    public ViewRecorder(Database db, Duration interval) {
        this.db = db;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "colophon-views");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::flushQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void record(View view) {
        swap.readLock().lock();
        try {
            Batch current = batch;
            for (String page : new String[] {view.page(), SITE_WIDE}) {
                current.views.computeIfAbsent(new PageDay(view.site(), page, view.day()), k -> new LongAdder()).increment();
                current.visitors.add(new Seen(view.site(), page, view.day(), view.visitor()));
            }
            if (view.title() != null) {
                current.titles.put(new Page(view.site(), view.page()), view.title());
            }
            if (!view.source().isEmpty()) {
                current.sources.computeIfAbsent(new SourceDay(view.site(), view.source(), view.day()), k -> new LongAdder()).increment();
            }
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Views counted but not yet written, for reads that must include them. */
    public long pending(String site, String page) {
        long total = 0;
        for (Map.Entry<PageDay, LongAdder> entry : batch.views.entrySet()) {
            if (entry.getKey().site().equals(site) && entry.getKey().page().equals(page)) {
                total += entry.getValue().sum();
            }
        }
        return total;
    }

    /** Writes everything counted so far; called by the timer, on stop, and by tests. */
    public synchronized void flush() {
        Batch full;
        swap.writeLock().lock();
        try {
            full = batch;
            batch = new Batch();
        } finally {
            swap.writeLock().unlock();
        }
        if (full.views.isEmpty()) {
            return;
        }
        try {
            db.execute(handle -> write(handle, full));
        } catch (RuntimeException e) {
            requeue(full); // the next flush tries again with these views
            throw e;
        }
    }

    private void requeue(Batch failed) {
        swap.readLock().lock();
        try {
            Batch current = batch;
            failed.views.forEach((key, count) -> current.views.computeIfAbsent(key, k -> new LongAdder()).add(count.sum()));
            failed.sources.forEach((key, count) -> current.sources.computeIfAbsent(key, k -> new LongAdder()).add(count.sum()));
            current.visitors.addAll(failed.visitors);
            failed.titles.forEach(current.titles::putIfAbsent);
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * Rows are written in key order, so that instances sharing a PostgreSQL database lock them in the
     * same order and cannot deadlock on them (every batch has the site-wide row).
     */
    private static void write(Handle handle, Batch batch) {
        List<Seen> seen = new ArrayList<>(batch.visitors);
        seen.sort(Seen.ORDER);
        Map<PageDay, Long> newVisitors = new java.util.HashMap<>();
        if (!seen.isEmpty()) {
            PreparedBatch insert = handle.prepareBatch(
                    "INSERT INTO visitors_today (day, site, page, visitor) VALUES (:day, :site, :page, :visitor) ON CONFLICT DO NOTHING");
            seen.forEach(s -> insert.bind("day", s.day()).bind("site", s.site()).bind("page", s.page())
                    .bind("visitor", s.visitor()).add());
            int[] inserted = insert.execute();
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] > 0) {
                    Seen s = seen.get(i);
                    newVisitors.merge(new PageDay(s.site(), s.page(), s.day()), 1L, Long::sum);
                }
            }
        }
        PreparedBatch daily = handle.prepareBatch("""
                INSERT INTO page_views (site, page, day, views, visitors) VALUES (:site, :page, :bucket, :views, :visitors)
                ON CONFLICT (site, page, day) DO UPDATE SET views = page_views.views + excluded.views,
                    visitors = page_views.visitors + excluded.visitors""");
        PreparedBatch weekly = handle.prepareBatch("""
                INSERT INTO page_views_weekly (site, page, week, views, visitors) VALUES (:site, :page, :bucket, :views, :visitors)
                ON CONFLICT (site, page, week) DO UPDATE SET views = page_views_weekly.views + excluded.views,
                    visitors = page_views_weekly.visitors + excluded.visitors""");
        PreparedBatch monthly = handle.prepareBatch("""
                INSERT INTO page_views_monthly (site, page, month, views, visitors) VALUES (:site, :page, :bucket, :views, :visitors)
                ON CONFLICT (site, page, month) DO UPDATE SET views = page_views_monthly.views + excluded.views,
                    visitors = page_views_monthly.visitors + excluded.visitors""");
        Map<PageDay, LongAdder> views = new TreeMap<>(PageDay.ORDER);
        views.putAll(batch.views);
        views.forEach((key, count) -> {
            long visitors = newVisitors.getOrDefault(key, 0L);
            daily.bind("site", key.site()).bind("page", key.page()).bind("bucket", key.day())
                    .bind("views", count.sum()).bind("visitors", visitors).add();
            weekly.bind("site", key.site()).bind("page", key.page()).bind("bucket", weekOf(key.day()))
                    .bind("views", count.sum()).bind("visitors", visitors).add();
            monthly.bind("site", key.site()).bind("page", key.page()).bind("bucket", monthOf(key.day()))
                    .bind("views", count.sum()).bind("visitors", visitors).add();
        });
        daily.execute();
        weekly.execute();
        monthly.execute();
        if (!batch.sources.isEmpty()) {
            PreparedBatch sources = handle.prepareBatch("""
                    INSERT INTO referrer_views (site, day, referrer, views) VALUES (:site, :day, :referrer, :views)
                    ON CONFLICT (site, day, referrer) DO UPDATE SET views = referrer_views.views + excluded.views""");
            Map<SourceDay, LongAdder> ordered = new TreeMap<>(SourceDay.ORDER);
            ordered.putAll(batch.sources);
            ordered.forEach((key, count) -> sources.bind("site", key.site()).bind("day", key.day())
                    .bind("referrer", key.source()).bind("views", count.sum()).add());
            sources.execute();
        }
        long today = batch.views.keySet().stream().mapToLong(PageDay::day).max().orElse(0);
        if (!batch.titles.isEmpty()) {
            PreparedBatch titles = handle.prepareBatch("""
                    INSERT INTO page_titles (site, page, title, seen_day) VALUES (:site, :page, :title, :day)
                    ON CONFLICT (site, page) DO UPDATE SET title = excluded.title, seen_day = excluded.seen_day
                    WHERE page_titles.title <> excluded.title""");
            Map<Page, String> ordered = new TreeMap<>(Page.ORDER);
            ordered.putAll(batch.titles);
            ordered.forEach((key, title) -> titles.bind("site", key.site()).bind("page", key.page())
                    .bind("title", title).bind("day", today).add());
            titles.execute();
        }
        handle.createUpdate("DELETE FROM visitors_today WHERE day < :today").bind("today", today).execute();
    }

    /** Weeks since Monday 1970-01-05 (day 4); days before it fall in week -1. */
    public static long weekOf(long epochDay) {
        return Math.floorDiv(epochDay - 4, 7);
    }

    /** The first day of a week. */
    public static long firstDayOfWeek(long week) {
        return week * 7 + 4;
    }

    /** Months since year 0: year * 12 + month - 1. */
    public static long monthOf(long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getYear() * 12L + date.getMonthValue() - 1;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.error("Could not write views; they stay in memory for the next try", e);
        }
    }

    /** Stops the timer and writes what is left. */
    @Override
    public void close() {
        timer.shutdown();
        flush();
    }
}
