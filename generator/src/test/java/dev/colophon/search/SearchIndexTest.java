package dev.colophon.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.build.BuildOptions;
import dev.colophon.build.SiteBuilder;
import dev.colophon.publish.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is the same bytes for the same site, and a rebuild after an edit rewrites few shards yet equals a clean build. */
class SearchIndexTest {
    static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    static final List<String> WORDS = List.of("river", "mountain", "compiler", "garden", "letter", "window", "thread", "harbour",
            "lantern", "orchard", "meadow", "pebble", "quarry", "saddle", "timber", "violet", "walnut", "yonder", "zephyr", "anchor",
            "bramble", "candle", "dahlia", "ember", "falcon", "glacier", "hollow", "island", "juniper", "kettle", "lichen", "marble");

    @TempDir
    Path tmp;

    @Test
    void theSameSiteGivesTheSameIndexBytes() {
        Path source = site(tmp.resolve("site"));
        build(source, tmp.resolve("a"), null);
        build(source, tmp.resolve("b"), null);
        assertThat(searchFiles(tmp.resolve("a"))).hasSizeGreaterThan(10).isEqualTo(searchFiles(tmp.resolve("b")));
    }

    @Test
    void anEditRewritesOnlyTheShardsItTouchesAndGivesTheBytesOfACleanBuild() throws IOException {
        Path source = site(tmp.resolve("site"));
        Path warm = tmp.resolve("warm");
        Path cache = tmp.resolve("cache");
        build(source, warm, cache);
        Map<String, String> before = searchFiles(warm);
        try (Stream<Path> files = Files.walk(warm.resolve("search"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(0));
            }
        }
        Path edited = source.resolve("posts/2026-01-08-p7.md");
        Files.writeString(edited, Files.readString(edited).replace("Body", "Body with a quixotic word"));
        build(source, warm, cache);
        build(source, tmp.resolve("clean"), null);

        Map<String, String> after = searchFiles(warm);
        assertThat(after).isEqualTo(searchFiles(tmp.resolve("clean")));
        List<String> rewritten;
        try (Stream<Path> files = Files.walk(warm.resolve("search"))) {
            rewritten = files.filter(Files::isRegularFile).filter(f -> modified(f)).map(f -> warm.relativize(f).toString()).sorted().toList();
        }
        assertThat(rewritten).anyMatch(f -> f.startsWith("search/f/"))
                .anyMatch(f -> f.startsWith("search/t/") && after.get(f).contains("\"quixot\":"));
        assertThat(rewritten.size()).isLessThan(before.size() / 4);
    }

    @Test
    void aBuildKeepsEachPagesAnalysisForTheNextAndADamagedKeepIsAnalysedAgain() throws IOException {
        Path source = site(tmp.resolve("site"));
        Path cache = tmp.resolve("cache");
        build(source, tmp.resolve("warm"), cache);
        Path kept = cache.resolve("search.cache");
        assertThat(dev.colophon.search.internal.SavedAnalyses.read(kept).docs()).hasSize(120);

        byte[] bytes = Files.readAllBytes(kept);
        Files.write(kept, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // a build killed while writing it
        assertThat(dev.colophon.search.internal.SavedAnalyses.read(kept).docs()).isEmpty();
        Path edited = source.resolve("posts/2026-01-08-p7.md");
        Files.writeString(edited, Files.readString(edited).replace("Body", "Body with a quixotic word"));
        build(source, tmp.resolve("warm"), cache);
        build(source, tmp.resolve("clean"), null);
        assertThat(searchFiles(tmp.resolve("warm"))).isEqualTo(searchFiles(tmp.resolve("clean")));
        assertThat(dev.colophon.search.internal.SavedAnalyses.read(kept).docs()).hasSize(120);

        Files.write(kept, "not an index".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        build(source, tmp.resolve("warm"), cache);
        assertThat(searchFiles(tmp.resolve("warm"))).isEqualTo(searchFiles(tmp.resolve("clean")));
    }

    @Test
    void aSummaryFromTheFrontMatterIsSearchableThoughTheBodyNeverSaysIt() {
        Path source = tmp.resolve("summary");
        write(source.resolve("site.yml"), "title: T\nbase_url: https://t.example/\n");
        write(source.resolve("posts/2026-01-02-trip.md"), "---\ntitle: A trip\nsummary: Ferries to Zanzibar\n---\nWe went by boat.\n");
        build(source, tmp.resolve("out"), null);
        assertThat(searchFiles(tmp.resolve("out"))).anySatisfy((path, text) -> assertThat(path + text)
                .startsWith("search/t/").contains("\"zanzibar\":").contains("\"ferri\":"));
    }

    private static boolean modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() != 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 120 posts of words drawn from a fixed list, enough for the index to split into many shards. */
    private static Path site(Path root) {
        Random random = new Random(21);
        write(root.resolve("site.yml"), "title: T\nbase_url: https://t.example/\n");
        for (int i = 1; i <= 120; i++) {
            StringBuilder body = new StringBuilder("Body");
            for (int w = 0; w < 150; w++) {
                body.append(' ').append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(40));
            }
            write(root.resolve("posts/2026-01-%02d-p%d.md".formatted(i % 28 + 1, i)), "---\ntitle: P" + i + " "
                    + WORDS.get(i % WORDS.size()) + "\ntags: [t" + (i % 3) + "]\n---\n" + body + "\n");
        }
        return root;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void build(Path source, Path output, Path cache) {
        BuildOptions options = cache == null ? new BuildOptions(source, output, false, false, null, JUNE_2026)
                : new BuildOptions(source, output, false, false, null, JUNE_2026, cache);
        new SiteBuilder(Progress.silent()).build(options);
    }

    private static Map<String, String> searchFiles(Path output) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output.resolve("search"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(output.relativize(file).toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
