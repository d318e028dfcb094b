package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colophon.config.ConfigException;
import dev.colophon.content.BuildException;
import dev.colophon.config.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The errors a writer meets say where, what and what to do, in the site's terms. */
class WriterErrorsTest {
    @TempDir
    Path tmp;

    @Test
    void anUnquotedTitleWithAColonNamesItsLineAndShowsTheQuotedForm() {
        TestSite site = new TestSite(tmp).file("posts/p.md", "---\ndate: 2026-01-01\ntitle: Java: the good parts\n---\nbody\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> {
            Problem problem = e.problems().get(0);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("must be quoted: title: \"Java: the good parts\"");
        });
    }

    @Test
    void aYamlErrorAfterLineBreaksOnlyYamlSeesNamesTheLineAnEditorShows() {
        // U+2028 and U+0085 break lines for YAML, not for editors: the error is on the file's fourth line
        TestSite site = new TestSite(tmp).file("posts/p.md",
                "---\ndate: 2026-01-01\nsummary: \"a\u2028b\u0085c\"\ntitle: Java: the good parts\n---\nbody\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> {
            Problem problem = e.problems().get(0);
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("must be quoted: title: \"Java: the good parts\"");
        });
    }

    @Test
    void aMissingTemplateVariableNamesTemplateLineAndVariableAndSuggestsDefault() {
        TestSite site = new TestSite(tmp).file("posts/p.md", "---\ntitle: P\n---\nbody\n")
                .file("templates/post.peb", "{% extends \"base\" %}{% block content %}\n<h1>{{ page.title }}</h1>\n"
                        + "<p>{{ page.subtitle }}</p>{% endblock %}\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e -> {
            Problem problem = e.problems().get(0);
            assertThat(problem.file()).isEqualTo(Path.of("templates/post.peb"));
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("'page.subtitle' does not exist")
                    .contains("page.params.NAME").contains("{{ page.subtitle | default(\"\") }}")
                    .doesNotContain("dev.colophon").doesNotContain("strict variables");
        });
    }

    @Test
    void anUndefinedVariableAtTheTopIsNamedToo() {
        TestSite site = new TestSite(tmp).file("posts/p.md", "---\ntitle: P\n---\nbody\n")
                .file("templates/post.peb", "{% extends \"base\" %}{% block content %}{{ author.name }}{% endblock %}\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e ->
                assertThat(e.problems().get(0).message()).contains("'author.name' does not exist: there is no variable 'author'")
                        .contains("{{ author.name | default(\"\") }}"));
    }

    @Test
    void anUnknownSiteSettingSuggestsTheNearestKnownOne() {
        TestSite site = new TestSite(tmp).file("site.yml", "titel: T\nbase_url: https://t.example/\npost_per_page: 3\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.messages().get(0)).contains(":1: unknown setting 'titel'; did you mean 'title'?");
            assertThat(e.messages().get(1)).contains(":3: unknown setting 'post_per_page'; did you mean 'posts_per_page'?");
        });
    }

    @Test
    void problemsAreListedByFileAndLine() {
        TestSite site = new TestSite(tmp)
                .file("posts/b.md", "---\ntitle: B\ndate: someday\ndraft: maybe\n---\n")
                .file("posts/a.md", "---\ntitle: A\ndate: never\n---\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildException.class, e ->
                assertThat(e.problems()).extracting(p -> p.file() + ":" + p.line())
                        .containsExactly("posts/a.md:3", "posts/b.md:3", "posts/b.md:4"));
    }

    @Test
    void theSummaryCountsTheDraftsAndFuturePostsLeftOut() {
        TestSite site = new TestSite(tmp)
                .file("posts/a.md", "---\ntitle: A\ndate: 2026-01-01\n---\n")
                .file("posts/b.md", "---\ntitle: B\ndate: 2026-01-02\ndraft: true\n---\n")
                .file("posts/c.md", "---\ntitle: C\ndate: 2099-01-01\n---\n")
                .file("posts/d.md", "---\ntitle: D\ndate: 2099-01-02\n---\n");
        assertThat(site.build().summary()).startsWith("Built 1 post and 0 pages")
                .endsWith("; left out: 1 draft (--drafts), 2 future posts (--future)");
        assertThat(site.build(true, true).summary()).doesNotContain("left out");
    }
}
