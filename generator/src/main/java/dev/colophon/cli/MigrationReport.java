package dev.colophon.cli;

import dev.colophon.build.BuildReport;
import dev.colophon.settings.peer.PeerDetector;
import dev.colophon.settings.peer.PeerSettings;
import dev.colophon.settings.peer.Recognition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What of another generator's site a build recognised, converted, approximated and left out, with
 * counts, so that a user knows before switching ({@code colophon build --report}, {@code colophon migrate-report}).
 */
final class MigrationReport {
    /** Folders of the original site that Colophon does not use, and what they held. */
    private static final Map<String, String> UNUSED = new TreeMap<>(Map.ofEntries(
            Map.entry("layouts", "Hugo templates (Colophon's theme renders instead; port shortcodes to templates/shortcodes/)"),
            Map.entry("_layouts", "Jekyll layouts (Colophon's theme renders instead)"),
            Map.entry("_includes", "Jekyll includes (port the ones content uses to templates/shortcodes/NAME.peb)"),
            Map.entry("_sass", "Sass partials (the theme's CSS is used)"),
            Map.entry("sass", "Sass sources (the theme's CSS is used)"),
            Map.entry("assets/css", "stylesheets copied as they are, not used by the theme"),
            Map.entry("i18n", "translations of theme strings"),
            Map.entry("archetypes", "Hugo's templates for new content"),
            Map.entry("_data", "Jekyll data files: site.data in content; the theme's uses of them are not kept"),
            Map.entry("data", "Hugo/Zola data files (not readable from content)"),
            Map.entry("_plugins", "Jekyll Ruby plugins (not run)")));

    private final Path site;

    MigrationReport(Path site) {
        this.site = site;
    }

    String render(BuildReport built) {
        Recognition recognition = new PeerDetector().detect(site);
        StringBuilder out = new StringBuilder();
        out.append("Migration report: ").append(built.recognised()).append('\n');
        if (recognition.config() != null) {
            PeerSettings peer = PeerSettings.of(site, recognition);
            out.append("  recognised: ").append(recognition.config()).append(" (").append(peer.variables().size())
                    .append(" settings), read as ").append(String.join(", ", peer.settings().keySet())).append('\n');
        }
        out.append("  converted: ").append(BuildReport.count(built.posts(), "post")).append(", ")
                .append(BuildReport.count(built.pages(), "page")).append(", ").append(BuildReport.count(built.feeds(), "feed"))
                .append(" (with the original's feed paths)\n");
        List<String> approximated = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        UNUSED.forEach((folder, what) -> {
            long files = countFiles(site.resolve(folder));
            if (files > 0) {
                (folder.contains("layouts") || folder.contains("sass") || folder.contains("css") || folder.equals("_data") ? approximated : leftOut)
                        .add(folder + "/ (" + BuildReport.count((int) files, "file") + "): " + what);
            }
        });
        long themes = countFiles(site.resolve("themes"));
        if (themes > 0) {
            approximated.add("themes/ (" + BuildReport.count((int) themes, "file") + "): the site's theme; Colophon's default theme renders instead");
        }
        Map<String, Integer> kinds = new TreeMap<>();
        built.warnings().forEach(w -> kinds.merge(w.kind(), 1, Integer::sum));
        // an approximated warning says what came across only roughly (a paginator on one page); the others, what did not
        kinds.forEach((kind, n) -> (kind.equals("approximated") ? approximated : leftOut)
                .add(BuildReport.count(n, kind + " warning") + " (listed above with file and line)"));
        out.append("  approximated: ").append(approximated.isEmpty() ? "nothing" : "").append('\n');
        approximated.forEach(a -> out.append("    - ").append(a).append('\n'));
        out.append("  left out: ").append(leftOut.isEmpty() ? "nothing" : "").append('\n');
        leftOut.forEach(a -> out.append("    - ").append(a).append('\n'));
        return out.toString();
    }

    private static long countFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
