package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colophon.content.BuildException;
import dev.colophon.config.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a careless or hostile site repository can make a build do: never publish outside files, never run away. */
class HostileSiteTest {
    @TempDir
    Path tmp;

    private TestSite site() {
        return new TestSite(tmp).file("posts/hello.md", "---\ntitle: Hello\ndate: 2026-01-02\n---\nHi.\n");
    }

    @Test
    void aSymlinkToAFileOutsideTheSiteIsNotPublishedAndTheWarningNamesIt() throws Exception {
        TestSite site = site().file("static/real.txt", "public").file("posts/inside.md", "---\ntitle: In\n---\nok\n");
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "root:x:0:0");
        Path secretPost = Files.writeString(tmp.resolve("secret.md"), "---\ntitle: Secret\n---\nprivate notes\n");
        Files.createSymbolicLink(site.root.resolve("static/leak.txt"), secret);
        Files.createSymbolicLink(site.root.resolve("static/alias.txt"), site.root.resolve("static/real.txt"));
        Files.createSymbolicLink(site.root.resolve("posts/leak.md"), secretPost);
        Files.createSymbolicLink(site.root.resolve("posts/linked.md"), site.root.resolve("posts/inside.md"));

        BuildReport report = site.build();
        Path secretReal = secret.toRealPath();

        assertThat(site.exists("leak.txt")).isFalse();
        assertThat(site.exists("posts/leak/index.html")).isFalse();
        assertThat(site.read("alias.txt")).isEqualTo("public"); // a link inside the site is followed
        assertThat(site.exists("posts/linked/index.html")).isTrue();
        assertThat(report.warnings()).extracting(Problem::toString)
                .anyMatch(w -> w.startsWith("static/leak.txt: not published: it is a symbolic link to " + secretReal))
                .anyMatch(w -> w.startsWith("posts/leak.md: not published"));
    }

    @Test
    void aControlCharacterInATitleIsAnErrorNamingTheFileAndLine() {
        TestSite site = site().file("posts/bad.md", "---\ndate: 2026-01-02\ntitle: \"Hello\u0001there\"\n---\nx\n");

        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            Problem problem = e.problems().get(0);
            assertThat(problem.file().toString()).endsWith("posts/bad.md");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("control character U+0001");
        });
    }

    @Test
    void aTemplateLoopOverAHugeRangeStopsWithAnErrorNamingTheTemplate() {
        TestSite site = site().file("templates/post.peb", "{% for i in range(1, 200000000) %}{{ i }}{% endfor %}");

        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> {
            Problem problem = e.problems().get(0);
            assertThat(problem.file().toString()).endsWith("templates/post.peb");
            assertThat(problem.message()).contains("range").contains("100000");
        });
    }

    @Test
    void nestedLoopsThatWriteNothingStopWithAnErrorNamingTheTemplateAndTheLoop() {
        TestSite site = site().file("templates/post.peb", "<p>\n{% for i in range(1,100000) %}"
                + "{% for j in range(1,100000) %}{% endfor %}{% endfor %}</p>");
        long start = System.nanoTime();

        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> {
            Problem problem = e.problems().get(0);
            assertThat(problem.file().toString()).endsWith("templates/post.peb");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("loops turned more than 10000000 times");
        });
        // a generous bound, far from the hours the loop would take: a check that the limit stops it, not a benchmark
        assertThat(System.nanoTime() - start).isLessThan(60_000_000_000L);
    }

    @Test
    void aTemplateThatWritesTooMuchStopsWithAnErrorNamingTheTemplate() {
        TestSite site = site().file("templates/post.peb",
                "{% for i in range(1, 90000) %}" + "x".repeat(1_000) + "{% endfor %}"); // 90 MB in 90,000 writes

        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> {
            Problem problem = e.problems().get(0);
            assertThat(problem.file().toString()).endsWith("templates/post.peb");
            assertThat(problem.message()).contains("more than 50 MB");
        });
    }

    @Test
    void aStagingFolderLeftByAKilledBuildIsRemovedByTheNextBuild() throws Exception {
        TestSite site = site();
        Path stale = Files.createDirectories(site.output.resolveSibling("." + site.output.getFileName() + ".staging-99999"));
        Files.writeString(stale.resolve("index.html"), "half a site");

        site.build();

        assertThat(stale).doesNotExist();
        assertThat(site.exists("index.html")).isTrue();
    }
}
