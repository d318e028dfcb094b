package dev.colophon.build;

import dev.colophon.content.BuildException;
import dev.colophon.content.Document;
import dev.colophon.content.DocumentReader;
import dev.colophon.content.Problem;
import dev.colophon.markdown.MarkdownRenderer;
import dev.colophon.publish.Progress;
import dev.colophon.site.Page;
import dev.colophon.site.PageFactory;
import dev.colophon.site.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Reads, validates and renders every source file in parallel, collecting every problem before failing. */
final class ContentLoader {
    private final Path root;
    private final DocumentReader reader;
    private final MarkdownRenderer markdown;
    private final PageFactory pages;
    private final Progress progress;

    ContentLoader(Path root, SiteConfig config, Progress progress) {
        this.progress = progress;
        this.root = root;
        this.reader = new DocumentReader(config);
        this.markdown = new MarkdownRenderer(config.highlightCode());
        this.pages = new PageFactory(config);
    }

    /** Loads the files that {@code include} accepts (drafts and future posts are filtered there). */
    List<Page> load(List<Path> files, Predicate<Document> include, List<Problem> warnings) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        List<Problem> found = Collections.synchronizedList(new ArrayList<>());
        Progress.Step step = progress.step("read", files.size());
        List<Page> loaded = files.parallelStream().map(relative -> {
            step.advance();
            try {
                String text = Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
                Document doc = reader.read(relative, text, found);
                return include.test(doc) ? pages.create(doc, markdown.render(doc.body(), doc.toc())) : null;
            } catch (BuildException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new Problem(relative, 0, "cannot be read: " + e.getMessage()));
            }
            return null;
        }).filter(Objects::nonNull).toList();
        Comparator<Problem> byPlace = Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line);
        if (!problems.isEmpty()) {
            throw new BuildException(problems.stream().sorted(byPlace).toList());
        }
        warnings.addAll(found.stream().sorted(byPlace).toList());
        return loaded;
    }
}
