package dev.colophon.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Fuzzing the front-matter reader (Jazzer): any text is read or refused with a problem that names the
 * file and a line inside it, never another exception (a stack trace for the writer). A plain build runs
 * the committed inputs in {@code FrontMatterFuzzTestInputs/}; CI fuzzes it for {@code maxDuration}.
 */
class FrontMatterFuzzTest {
    private static final Path FILE = Path.of("posts/fuzz.md");
    private final FrontMatterParser parser = new FrontMatterParser();

    // The pieces front matter and its attacks are made of, for the fuzzer's mutations.
    // Printable ASCII only (a newline in an entry breaks the dictionary file); the inputs carry the rest.
    @DictionaryEntries({"---", "+++", "~~~~~~", "...", "title: ", "date: ", "tags: [", "]", "\"", "'", ": ", "  - ",
            "&a ", "*a", "!!binary ", "!!python/object ", "{", "}", "=", "2026-13-45", "title = \"x\"", "type=post",
            "key: |", "<<: *a", "%YAML 1.1", "# c"})
    @FuzzTest(maxDuration = "10s")
    void anyTextIsReadOrRefusedWithTheFileAndALineOfIt(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            FrontMatter matter = parser.parse(FILE, text);
            assertThat(matter.body()).isNotNull();
        } catch (BuildException e) {
            long lines = text.lines().count() + 1;
            assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.file()).isEqualTo(FILE);
                assertThat(problem.line()).isBetween(0, (int) lines + 1);
                assertThat(problem.message()).doesNotContain("Exception").doesNotContain("org.yaml");
            });
        }
    }
}
