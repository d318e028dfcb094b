package dev.colophon.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colophon.content.BuildException;
import dev.colophon.config.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time and loop limits a page renders under, met wherever the loop is: a page, a macro, an include. */
class RenderBudgetTest {
    @TempDir
    Path tmp;

    private TemplateEngine engine(RenderBudget budget, Map<String, String> templates) throws IOException {
        Path site = tmp.resolve("site/templates");
        Files.createDirectories(site);
        Path theme = Files.createDirectories(tmp.resolve("theme/templates"));
        for (Map.Entry<String, String> template : templates.entrySet()) {
            Files.writeString(site.resolve(template.getKey() + ".peb"), template.getValue());
        }
        return new TemplateEngine(site, new Theme("test", theme.getParent()), budget);
    }

    private static Problem problemOf(Runnable render) {
        try {
            render.run();
        } catch (BuildException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("the render was not stopped");
    }

    @Test
    void aLoopThatWritesNothingStopsWhenThePagesTimeIsUp() throws IOException {
        TemplateEngine engine = engine(new RenderBudget(200_000_000L, Long.MAX_VALUE),
                Map.of("page", "{% for i in range(1,100000) %}{% for j in range(1,100000) %}{% endfor %}{% endfor %}"));

        Problem problem = problemOf(() -> engine.render("page", Map.of()));

        assertThat(problem.file().toString()).isEqualTo("templates/page.peb");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).isEqualTo("template error: rendering took more than 200 ms; look for a loop without end");
    }

    @Test
    void aLoopInsideAMacroSpendsThePagesTurnsAndTheErrorNamesTheMacrosLine() throws IOException {
        TemplateEngine engine = engine(new RenderBudget(60_000_000_000L, 1_000),
                Map.of("page", "{% macro spin(n) %}\n{% for i in range(1, n) %}{% endfor %}\n{% endmacro %}"
                        + "{{ spin(600) }}{{ spin(600) }}"));

        Problem problem = problemOf(() -> engine.render("page", Map.of()));

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("loops turned more than 1000 times for one page");
    }

    @Test
    void theErrorNamesTheIncludedTemplateWhoseLoopRanAway() throws IOException {
        TemplateEngine engine = engine(new RenderBudget(60_000_000_000L, 1_000),
                Map.of("page", "<main>{% include \"part\" %}</main>", "part", "\n\n{% for i in range(1, 5000) %}{{ i }}{% endfor %}"));

        Problem problem = problemOf(() -> engine.render("page", Map.of()));

        assertThat(problem.file().toString()).isEqualTo("templates/part.peb");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void eachPageHasABudgetOfItsOwn() throws IOException {
        TemplateEngine engine = engine(new RenderBudget(60_000_000_000L, 1_000),
                Map.of("page", "{% for i in range(1, 900) %}{% endfor %}done"));

        for (int page = 0; page < 5; page++) {
            assertThat(engine.render("page", Map.of())).isEqualTo("done");
        }
    }

    @Test
    void aLoopWithinTheBudgetRendersAsPebbleWould() throws IOException {
        TemplateEngine engine = engine(new RenderBudget(60_000_000_000L, 1_000),
                Map.of("page", "{% for p in posts %}{{ loop.index }}:{{ p }}{% if loop.last %}.{% endif %}"
                        + "{% else %}none{% endfor %}"));

        assertThat(engine.render("page", Map.of("posts", java.util.List.of("a", "b")))).isEqualTo("0:a1:b.");
        assertThat(engine.render("page", Map.of("posts", java.util.List.of()))).isEqualTo("none");
    }
}
