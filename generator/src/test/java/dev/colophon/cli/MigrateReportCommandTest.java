package dev.colophon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees before switching: the recognised layout, a report with counts, and --strict. */
class MigrateReportCommandTest {
    @TempDir
    Path tmp;

    Path jekyllSite() throws Exception {
        Path site = tmp.resolve("jekyll");
        Files.createDirectories(site.resolve("_posts"));
        Files.createDirectories(site.resolve("_layouts"));
        Files.writeString(site.resolve("_config.yml"), "title: J\nurl: https://j.example\n");
        Files.writeString(site.resolve("_layouts/post.html"), "{{ content }}");
        Files.writeString(site.resolve("_posts/2024-01-01-a.md"), "---\ntitle: A\n---\n{% twitter_card %}\n");
        Files.writeString(site.resolve("about.md"), "---\ntitle: About\n---\nMe.\n");
        return site;
    }

    @Test
    void migrateReportListsWhatWasRecognisedConvertedApproximatedAndLeftOut() throws Exception {
        String out = CliOutput.of("migrate-report", "--source", jekyllSite().toString());

        assertThat(out).contains("Recognised a Jekyll site: _config.yml is Jekyll's configuration",
                "  recognised: _config.yml (2 settings)", "  converted: 1 post, 1 page",
                "    - _layouts/ (1 file): Jekyll layouts", "    - 1 liquid warning");
        assertThat(out).containsPattern("Built 1 post and 1 page .*; 1 warning \\(1 liquid\\)");
    }

    @Test
    void buildStrictFailsOnAWarningThatAPlainBuildOnlyReports() throws Exception {
        Path site = jekyllSite();
        assertThat(Main.run("build", "--source", site.toString(), "--output", tmp.resolve("out").toString())).isZero();
        assertThat(tmp.resolve("out/2024/01/01/a.html")).exists();
        assertThat(Main.run("build", "--strict", "--source", site.toString(), "--output", tmp.resolve("out2").toString())).isEqualTo(1);
    }
}
