package dev.colophon.build;

import dev.colophon.config.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a build produced, for the one-line summary and for tests.
 *
 * @param rendered files rendered anew; the others were unchanged since the last build and reused
 */
public record BuildReport(int posts, int pages, int feeds, int files, int rendered, Duration elapsed, Path output,
                          List<Problem> warnings, SiteSession.LeftOut leftOut, String recognised) {

    public BuildReport(int posts, int pages, int feeds, int files, int rendered, Duration elapsed, Path output,
                       List<Problem> warnings) {
        this(posts, pages, feeds, files, rendered, elapsed, output, warnings, new SiteSession.LeftOut(0, 0), "");
    }

    public BuildReport(int posts, int pages, int feeds, int files, int rendered, Duration elapsed, Path output,
                       List<Problem> warnings, SiteSession.LeftOut leftOut) {
        this(posts, pages, feeds, files, rendered, elapsed, output, warnings, leftOut, "");
    }

    public String summary() {
        return String.format("Built %s and %s (%s, %,d rendered, %s) in %.2f s -> %s%s", count(posts, "post"),
                count(pages, "page"), count(files, "file"), rendered, count(feeds, "feed"), elapsed.toMillis() / 1000.0, output,
                leftOutNote()) + (warnings.isEmpty() ? "" : "; " + warningCounts());
    }

    /** "3 warnings (2 shortcode, 1 date)". */
    public String warningCounts() {
        java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
        warnings.forEach(w -> byKind.merge(w.kind(), 1L, Long::sum));
        return count(warnings.size(), "warning") + " (" + byKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(java.util.stream.Collectors.joining(", ")) + ")";
    }

    /** "; left out: 1 draft (--drafts), 2 future posts (--future)", or nothing. */
    private String leftOutNote() {
        List<String> parts = new java.util.ArrayList<>();
        if (leftOut.drafts() > 0) {
            parts.add(count(leftOut.drafts(), "draft") + " (--drafts)");
        }
        if (leftOut.future() > 0) {
            parts.add(count(leftOut.future(), "future post") + " (--future)");
        }
        return parts.isEmpty() ? "" : "; left out: " + String.join(", ", parts);
    }

    /** "1 file", "2 files", "7,005 files". */
    public static String count(int n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
