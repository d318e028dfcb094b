package dev.colophon.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the front-matter reader by properties (jqwik): any text is read or refused with a problem
 * that names the file and a line inside it, never another exception (a stack trace for the writer).
 */
class FrontMatterPropertiesTest {
    private static final Path FILE = Path.of("posts/fuzz.md");
    private final FrontMatterParser parser = new FrontMatterParser();

    @Provide
    Arbitrary<String> sources() {
        Arbitrary<String> pieces = Arbitraries.of("---\n", "+++\n", "~~~~~~\n", "...\n", "title: ", "date: ", "tags: [",
                "]", "\"", "'", ": ", "\n", "  - ", "&a ", "*a", "!!binary ", "!!python/object ", "{", "}", "=", "\t",
                "\u0001", "\u0000", "\uFFFF", "\uFEFF", "\u0085", "\ud800", "2026-13-45", "title = \"x\"\n", "type=post\n",
                "key: |\n  ", "<<: *a\n", "%YAML 1.1\n", "# c\n");
        return Arbitraries.oneOf(pieces, Arbitraries.strings().ofMaxLength(10)).list().ofMaxSize(25)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 1000)
    void anyTextIsReadOrRefusedWithTheFileAndALineOfIt(@ForAll("sources") String text) {
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
