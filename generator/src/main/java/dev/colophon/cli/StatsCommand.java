package dev.colophon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code colophon stats}: the top posts and totals of a period, from the comment server's admin API. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Show views, visitors, comments, reactions and shares from the comment server.")
final class StatsCommand implements Callable<Integer> {
    private static final Map<String, Integer> PERIODS = Map.of("7d", 7, "30d", 30, "365d", 365, "12m", 365, "1y", 365);
    private static final int TOP = 20;

    @Option(names = "--since", paramLabel = "PERIOD", defaultValue = "30d", description = "7d, 30d or 365d (default ${DEFAULT-VALUE}).")
    String since;

    @Option(names = "--post", paramLabel = "PATH", description = "One post's numbers, e.g. /posts/hello/.")
    String post;

    @Mixin
    AdminClient admin;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Integer days = PERIODS.get(since);
        if (days == null) {
            throw new UserError("--since must be 7d, 30d or 365d (got " + since + ")");
        }
        JsonNode summary = admin.get("/api/v1/admin/stats?days=" + days);
        if (post != null) {
            printPost(summary, admin.get("/api/v1/admin/stats/page?days=" + Math.min(days, 30) + "&page="
                    + URLEncoder.encode(post, StandardCharsets.UTF_8)));
        } else {
            printSite(summary);
        }
        printFediverse();
        out.printf("Stats for the last %s from %s (%d pages with activity)%n", days == 365 ? "12 months" : days + " days",
                admin.base(), summary.get("posts").size());
        return 0;
    }

    private void printSite(JsonNode s) {
        out.printf("Views %,d · visitors %,d · comments %,d · reactions %,d · shares %,d%n", s.get("views").asLong(),
                s.get("visitors").asLong(), s.get("comments").asLong(), s.get("reactions").asLong(), s.path("shares").asLong());
        out.println(Sparkline.of(values(s.get("series"))) + "  views per " + s.get("granularity").asText());
        out.println();
        out.printf("%-50s %9s %9s %9s %9s %9s%n", "Page", "Views", "Visitors", "Comments", "Reactions", "Shares");
        int shown = 0;
        for (JsonNode row : s.get("posts")) {
            if (shown++ == TOP) {
                break;
            }
            out.printf("%-50s %,9d %,9d %,9d %,9d %,9d%n", shorten(row.get("page").asText()), row.get("views").asLong(),
                    row.get("visitors").asLong(), row.get("comments").asLong(), row.get("reactions").asLong(),
                    row.path("shares").asLong());
        }
    }

    /** Follows, boosts and likes from the fediverse, all time; nothing from a server without them. */
    private void printFediverse() throws IOException, InterruptedException {
        JsonNode fediverse;
        try {
            fediverse = admin.get("/api/v1/admin/fediverse");
        } catch (UserError e) {
            return;
        }
        JsonNode s = fediverse.get("stats");
        out.printf("Fediverse %s: followers %,d · boosts %,d · likes %,d · replies %,d%n", fediverse.get("account").asText(),
                s.get("followers").asLong(), s.get("boosts").asLong(), s.get("likes").asLong(), s.get("replies").asLong());
    }

    private void printPost(JsonNode summary, JsonNode detail) {
        JsonNode row = null;
        for (JsonNode candidate : summary.get("posts")) {
            if (candidate.get("page").asText().equals(post)) {
                row = candidate;
            }
        }
        out.printf("%s: views %,d · visitors %,d · comments %,d · reactions %,d · shares %,d%n", post,
                row == null ? 0 : row.get("views").asLong(), row == null ? 0 : row.get("visitors").asLong(),
                row == null ? 0 : row.get("comments").asLong(), row == null ? 0 : row.get("reactions").asLong(),
                row == null ? 0 : row.path("shares").asLong());
        out.println(Sparkline.of(values(detail.get("series"))) + "  views per day");
        out.println(Sparkline.of(values(detail.get("series"), "shares")) + "  shares per day");
    }

    private static List<Long> values(JsonNode series) {
        return values(series, "views");
    }

    private static List<Long> values(JsonNode series, String field) {
        List<Long> values = new ArrayList<>();
        series.forEach(point -> values.add(point.path(field).asLong()));
        return values;
    }

    private static String shorten(String page) {
        return page.length() <= 50 ? page : page.substring(0, 49) + "…";
    }
}
