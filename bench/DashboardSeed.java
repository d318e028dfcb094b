import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.stats.ViewRecorder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Seeds a comment database with a year of daily view rollups for many posts, for the dashboard
 * query benchmark: java -cp generator/target/colophon.jar bench/DashboardSeed.java DB POSTS
 */
public class DashboardSeed {
    private static String pageList(int from, int to) {
        StringBuilder list = new StringBuilder();
        for (int i = from; i < to; i++) {
            list.append(i == from ? "" : ",").append("'/posts/p").append(i).append("/'");
        }
        return list.toString();
    }

    public static void main(String[] args) {
        String db = args[0];
        int posts = Integer.parseInt(args[1]);
        long today = LocalDate.now(ZoneOffset.UTC).toEpochDay();
        Random random = new Random(42);
        long started = System.nanoTime();
        try (Database database = Database.open(db)) {
            database.jdbi().useHandle(h -> {
                h.execute("PRAGMA synchronous = OFF");
                for (int p = 0; p < posts; p += 100) {
                    int from = p;
                    h.useTransaction(tx -> {
                        PreparedBatch daily = tx.prepareBatch("INSERT INTO page_views (site, page, day, views, visitors) VALUES ('default', :page, :day, :views, :visitors)");
                        PreparedBatch monthly = tx.prepareBatch("INSERT INTO page_views_monthly (site, page, month, views, visitors) VALUES ('default', :page, :month, :views, :visitors) ON CONFLICT (site, page, month) DO UPDATE SET views = page_views_monthly.views + excluded.views, visitors = page_views_monthly.visitors + excluded.visitors");
                        for (int i = from; i < Math.min(posts, from + 100); i++) {
                            for (long day = today - 364; day <= today; day++) {
                                int views = random.nextInt(20);
                                daily.bind("page", "/posts/p" + i + "/").bind("day", day).bind("views", views).bind("visitors", views / 2).add();
                                monthly.bind("page", "/posts/p" + i + "/").bind("month", ViewRecorder.monthOf(day)).bind("views", views).bind("visitors", views / 2).add();
                            }
                        }
                        daily.execute();
                        monthly.execute();
                        tx.execute("INSERT INTO page_views_weekly (site, page, week, views, visitors) SELECT site, page, (day - 4) / 7, SUM(views), SUM(visitors) FROM page_views WHERE page IN (" + pageList(from, Math.min(posts, from + 100)) + ") GROUP BY site, page, (day - 4) / 7");
                    });
                }
                h.useTransaction(tx -> {
                    for (long day = today - 364; day <= today; day++) {
                        tx.execute("INSERT INTO page_views (site, page, day, views, visitors) VALUES ('default', '*', ?, ?, ?)", day, posts * 10, posts * 3);
                        tx.execute("INSERT INTO page_views_monthly (site, page, month, views, visitors) VALUES ('default', '*', ?, ?, ?) ON CONFLICT (site, page, month) DO UPDATE SET views = page_views_monthly.views + excluded.views", ViewRecorder.monthOf(day), posts * 10, posts * 3);
                        for (int r = 0; r < 30; r++) {
                            tx.execute("INSERT INTO referrer_views (site, day, referrer, views) VALUES ('default', ?, ?, ?)", day, "site" + r + ".example", r);
                        }
                    }
                });
                h.execute("ANALYZE");
            });
        }
        System.out.printf("seeded %,d posts x 365 days in %.1f s%n", posts, (System.nanoTime() - started) / 1e9);
    }
}
