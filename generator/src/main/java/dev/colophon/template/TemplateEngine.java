package dev.colophon.template;

import dev.colophon.content.BuildException;
import dev.colophon.config.Problem;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders Pebble templates with auto-escaping and strict variables. A site's own {@code templates/}
 * overrides any theme template of the same name.
 */
public final class TemplateEngine {
    /** A page larger than this is a template gone wrong, not a page. */
    static final int MAX_OUTPUT_CHARS = 50 * 1024 * 1024;
    /** No page of a blog takes this long to render; a template that does loops without end. */
    static final long MAX_RENDER_NANOS = 10_000_000_000L;
    /** Ten million turns of a page's loops: ten times a 10,000-post site's every post on every tag page of 100 tags. */
    static final long MAX_LOOP_TURNS = 10_000_000L;

    private final PebbleEngine pebble;
    private final List<Path> roots;
    private final RenderBudget budget;

    public TemplateEngine(Path siteTemplates, Theme theme) {
        this(siteTemplates, theme, new RenderBudget(MAX_RENDER_NANOS, MAX_LOOP_TURNS));
    }

    /** With other limits than a build's, for tests of the limits themselves. */
    TemplateEngine(Path siteTemplates, Theme theme, RenderBudget budget) {
        this.budget = budget;
        this.roots = new ArrayList<>();
        List<Loader<?>> loaders = new ArrayList<>();
        if (Files.isDirectory(siteTemplates)) {
            roots.add(siteTemplates);
            loaders.add(new PathLoader(siteTemplates));
        }
        roots.add(theme.templates());
        loaders.add(new PathLoader(theme.templates()));
        this.pebble = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .registerExtensionCustomizer(core -> new TemplateLimits(core, budget))
                .build();
    }

    /** Whether the site's own templates/ folder (the first root, when it exists) has the template. */
    public boolean existsInSite(String name) {
        return roots.size() > 1 && Files.isRegularFile(roots.get(0).resolve(name + ".peb"));
    }

    public boolean exists(String name) {
        return roots.stream().anyMatch(root -> Files.isRegularFile(root.resolve(name + ".peb")));
    }

    public String render(String name, Map<String, Object> context) {
        return budget.spend(() -> renderWithin(name, context));
    }

    private String renderWithin(String name, Map<String, Object> context) {
        try {
            PebbleTemplate template = pebble.getTemplate(name);
            DeadlineWriter out = new DeadlineWriter(budget, MAX_OUTPUT_CHARS);
            template.evaluate(out, context);
            return out.toString();
        } catch (RenderBudget.Spent e) {
            throw new BuildException(new Problem(templatePath(e.template() != null ? e.template() : name), e.line(),
                    "template error: " + (e.time()
                            ? "rendering took more than " + seconds(budget.nanos()) + "; look for a loop without end"
                            : "its loops turned more than " + budget.turns() + " times for one page; look for loops nested over large ranges")));
        } catch (DeadlineWriter.TooLarge e) {
            throw new BuildException(new Problem(templatePath(name), 0,
                    "template error: the page would be more than " + MAX_OUTPUT_CHARS / (1024 * 1024) + " MB"));
        } catch (PebbleException e) {
            if (e.getCause() instanceof DeadlineWriter.TooLarge) {
                throw new BuildException(new Problem(templatePath(e.getFileName() != null ? e.getFileName() : name), 0,
                        "template error: the page would be more than " + MAX_OUTPUT_CHARS / (1024 * 1024) + " MB"));
            }
            String file = e.getFileName() != null ? e.getFileName() : name;
            int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
            Path path = templatePath(file);
            String text = lineOf(roots.get(0).toAbsolutePath().getParent().resolve(path), line);
            throw new BuildException(new Problem(path, line, "template error: " + TemplateMessages.explain(e.getPebbleMessage(), text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StackOverflowError e) {
            throw new BuildException(new Problem(templatePath(name), 0,
                    "template error: it includes, extends or calls itself without end"));
        }
    }

    private static String seconds(long nanos) {
        return nanos % 1_000_000_000L == 0 ? nanos / 1_000_000_000L + " s" : nanos / 1_000_000L + " ms";
    }

    private static String lineOf(Path file, int line) {
        try {
            var lines = Files.readAllLines(file);
            return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
        } catch (IOException | RuntimeException e) {
            return ""; // a bundled theme template or an unreadable file: the message names the variable anyway
        }
    }

    private Path templatePath(String name) {
        String file = name.endsWith(".peb") ? name : name + ".peb";
        Path found = roots.stream().map(root -> root.resolve(file)).filter(Files::isRegularFile)
                .findFirst().orElse(Path.of(file));
        // the site's own templates are named as the writer sees them, from the site folder
        Path site = roots.get(0).toAbsolutePath().getParent();
        return site != null && found.toAbsolutePath().startsWith(site) ? site.relativize(found.toAbsolutePath()) : found;
    }
}
