package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.publish.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Builds each site under {@code src/test/resources/sites/<case>/input} and compares every output file
 * with {@code expected/}. To accept a deliberate change of output, run
 * {@code mvn -pl generator test -Dtest=GoldenSiteTest -Dcolophon.updateGolden=true} and review the diff.
 */
class GoldenSiteTest {
    static final Path SITES = Path.of("src/test/resources/sites");
    static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"basic"})
    void buildsExactlyTheExpectedFiles(String name) throws IOException {
        Path input = SITES.resolve(name).resolve("input");
        Path expected = SITES.resolve(name).resolve("expected");
        Path output = tmp.resolve("out");
        new SiteBuilder(Progress.silent()).build(new BuildOptions(input, output, false, false, null, JUNE_2026));

        if (Boolean.getBoolean("colophon.updateGolden")) {
            replace(expected, output);
        }
        assertThat(relativeFiles(output)).containsExactlyElementsOf(relativeFiles(expected));
        for (Path file : relativeFiles(expected)) {
            assertThat(Files.readString(output.resolve(file)))
                    .as("output file %s", file)
                    .isEqualTo(Files.readString(expected.resolve(file)));
        }
    }

    static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static void replace(Path expected, Path output) throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> walk = Files.walk(expected)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Path file : relativeFiles(output)) {
            Files.createDirectories(expected.resolve(file).getParent());
            Files.copy(output.resolve(file), expected.resolve(file));
        }
    }
}
