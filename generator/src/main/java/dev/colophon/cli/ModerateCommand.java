package dev.colophon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon moderate}: the comments awaiting moderation, and what the dashboard does to them, from a terminal. */
@Command(name = "moderate", mixinStandardHelpOptions = true,
        description = "List comments awaiting moderation with their spam scores; approve, reject, mark as spam or not spam, "
                + "delete or block them, one, several or all listed at once. Every decision teaches the spam filter.",
        footer = {"", "Examples:", "  colophon moderate                    # what awaits moderation",
                "  colophon moderate approve 12 13", "  colophon moderate --status spam      # the spam folder",
                "  colophon moderate not-spam 15         # the filter was wrong: publish it, and learn",
                "  colophon moderate delete --status spam --all",
                "  colophon moderate block 14            # blocks its author, marks it spam"})
final class ModerateCommand implements Callable<Integer> {
    /** How an action reaches the admin API ({@code METHOD /api/v1/admin/comments/ID<suffix>}), and what it did. */
    private record Action(String method, String suffix, String done) {
    }

    private static final Map<String, Action> ACTIONS = Map.of(
            "approve", new Action("POST", "/approve", "Approved"),
            "reject", new Action("POST", "/reject", "Rejected"),
            "spam", new Action("POST", "/spam", "Marked as spam"),
            "not-spam", new Action("POST", "/not-spam", "Marked as not spam and published"),
            "delete", new Action("DELETE", "", "Deleted"),
            "block", new Action("POST", "/block", "Blocked the authors of"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final int EXCERPT = 100;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", defaultValue = "list",
            description = "list (default), approve, reject, spam, not-spam, delete or block.")
    String action;

    @Parameters(index = "1..*", paramLabel = "ID", description = "Comment numbers, as the list shows them.")
    List<Long> ids = new ArrayList<>();

    @Option(names = "--status", defaultValue = "pending", description = "What to list: pending (default), approved, rejected, spam or all.")
    String status;

    @Option(names = "--all", description = "Act on every comment the list would show (--status, --page, --limit) instead of IDs.")
    boolean all;

    @Option(names = "--page", paramLabel = "PATH", description = "Only the comments of one page, e.g. /posts/hello/.")
    String page;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many, newest first (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    AdminClient admin;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (action.equals("list")) {
            list();
            return 0;
        }
        Action how = ACTIONS.get(action);
        if (how == null) {
            throw new UserError("unknown action '" + action + "': use list, approve, reject, spam, not-spam, delete or block");
        }
        if (all) {
            ids = new ArrayList<>();
            listed().forEach(c -> ids.add(c.get("id").asLong()));
        }
        if (ids.isEmpty()) {
            throw new UserError(all ? "no " + status + " comments to " + action
                    : action + " needs the numbers of the comments, e.g. colophon moderate " + action + " 12");
        }
        if (ids.size() > 1 && !action.equals("block")) {
            admin.send("POST", "/api/v1/admin/comments/bulk",
                    new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(Map.of("action", action, "ids", ids))); // all or none
        } else {
            for (long id : ids) {
                admin.send(how.method(), "/api/v1/admin/comments/" + id + how.suffix());
            }
        }
        out.printf("%s %s on %s%n", how.done(), plural(ids.size()) + " " + ids.toString().replaceAll("[\\[\\]]", ""), admin.base());
        return 0;
    }

    private JsonNode listed() throws IOException, InterruptedException {
        String query = "?status=" + URLEncoder.encode(status, StandardCharsets.UTF_8) + "&limit=" + limit
                + (page == null ? "" : "&page=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
        return admin.get("/api/v1/admin/comments" + query).get("comments");
    }

    private void list() throws IOException, InterruptedException {
        JsonNode comments = listed();
        for (JsonNode c : comments) {
            String email = c.get("email").isNull() ? "" : " <" + c.get("email").asText() + ">";
            if (c.hasNonNull("handle")) { // a reply from the fediverse
                email = " (" + c.get("handle").asText() + ", fediverse)";
            }
            String score = c.path("spamScore").isNumber() ? String.format(" · spam score %.2f", c.get("spamScore").asDouble()) : "";
            out.printf("#%d %s · %s · %s%s · %s%s%n", c.get("id").asLong(), c.get("status").asText(), c.get("page").asText(),
                    c.get("author").asText(), email, WHEN.format(Instant.ofEpochMilli(c.get("createdAt").asLong())), score);
            out.println("    " + excerpt(c.get("body").asText()));
            String reasons = reasons(c.path("spamReasons"));
            if (!reasons.isEmpty()) {
                out.println("    why: " + reasons);
            }
        }
        out.printf("%d %s%s on %s%s%n", comments.size(), status.equals("all") ? "" : status + " ", plural(comments.size()),
                admin.base(), comments.isEmpty() ? "" : " · act with: colophon moderate approve|reject|spam|not-spam|delete|block ID...");
    }

    /** The three reasons that weighed most, e.g. "+2.0 speed: sent 0.8 s after the page loaded". */
    private static String reasons(JsonNode reasons) {
        List<String> shown = new ArrayList<>();
        for (JsonNode r : reasons) {
            double weight = r.get("weight").asDouble();
            if (weight != 0 && shown.size() < 3) {
                shown.add(String.format("%+.1f %s: %s", weight, r.get("signal").asText(), r.get("detail").asText()));
            }
        }
        return String.join("; ", shown);
    }

    private static String excerpt(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "…";
    }

    private static String plural(int count) {
        return count == 1 ? "comment" : "comments";
    }
}
