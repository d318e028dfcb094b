package dev.colophon.build;

import dev.colophon.content.BuildException;
import dev.colophon.content.FrontMatter;
import dev.colophon.content.FrontMatterParser;
import dev.colophon.content.Problem;
import dev.colophon.content.Slugs;
import dev.colophon.markdown.MarkdownRenderer;
import dev.colophon.settings.SiteConfig;
import dev.colophon.settings.peer.Generator;
import dev.colophon.site.Fingerprint;
import dev.colophon.site.Page;
import dev.colophon.site.Section;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds a Hugo or Zola site's sections, each of which has a list page there: every folder with an
 * {@code _index.md} (Zola's only sections), and for Hugo also every top-level folder with pages.
 * Read at each plan, since the indexes are not sources: a preview picks up an edited one.
 */
final class SectionReader {
    private final Path root;
    private final SiteConfig config;
    private final MarkdownRenderer markdown;
    private final FrontMatterParser parser = new FrontMatterParser();

    SectionReader(Path root, SiteConfig config, MarkdownRenderer markdown) {
        this.root = root;
        this.config = config;
        this.markdown = markdown;
    }

    List<Section> read(List<Page> published, List<Problem> warnings) {
        Generator generator = config.migration().generator();
        if (generator != Generator.HUGO && generator != Generator.ZOLA) {
            return List.of();
        }
        Path content = root.resolve(config.contentPath());
        Set<Path> folders = new TreeSet<>(indexedFolders(content));
        if (generator == Generator.HUGO) {
            for (Page page : published) {
                Path inner = config.withinContent(page.source());
                boolean topBundle = inner.getNameCount() == 2 && inner.getFileName().toString().startsWith("index.");
                if (inner.getNameCount() > 1 && !topBundle) { // content/about/index.md is a page, not a section
                    folders.add(inner.getName(0));
                }
            }
        }
        List<Section> sections = new ArrayList<>();
        for (Path folder : folders) {
            Section section = section(content, folder, generator, warnings);
            if (section != null) {
                sections.add(section);
            }
        }
        return sections;
    }

    private Section section(Path content, Path folder, Generator generator, List<Problem> warnings) {
        Path index = content.resolve(folder).resolve("_index.md");
        Map<String, Object> fields = Map.of();
        String body = "";
        long fingerprint = Fingerprint.of(folder.toString());
        if (Files.isRegularFile(index)) {
            Path relative = root.relativize(index);
            try {
                String text = Files.readString(index);
                FrontMatter fm = parser.parse(relative, text);
                fields = lowerKeys(fm.fields());
                body = fm.body();
                fingerprint = Fingerprint.mix(fingerprint, Fingerprint.of(text));
            } catch (BuildException e) {
                e.problems().forEach(p -> warnings.add(new Problem(p.file(), p.line(), p.message() + "; its list page is built without it",
                        "front-matter")));
            } catch (IOException e) {
                warnings.add(new Problem(relative, 0, "cannot be read: " + e.getMessage(), "front-matter"));
            }
        }
        if (Boolean.TRUE.equals(fields.get("draft")) || Boolean.FALSE.equals(fields.get("render"))) {
            return null; // Hugo's draft section, Zola's render = false: no list page
        }
        String name = folder.getFileName().toString();
        String title = fields.get("title") != null ? fields.get("title").toString()
                : generator == Generator.HUGO ? Slugs.titleFrom(name) : "";
        String html = body.isBlank() ? "" : markdown.render(body, false, null).html();
        String sortBy = fields.get("sort_by") != null ? fields.get("sort_by").toString() : "date";
        int paginateBy = fields.get("paginate_by") instanceof Number n ? n.intValue()
                : generator == Generator.HUGO ? config.postsPerPage() : 0;
        String url = "/" + folder.toString().replace('\\', '/') + "/";
        return new Section(folder, url, title, new SafeString(html), sortBy, paginateBy,
                Boolean.TRUE.equals(fields.get("transparent")), fingerprint);
    }

    /** The folders below the content root that hold an {@code _index.md} (the root's own is the home page's). */
    private static List<Path> indexedFolders(Path content) {
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.getFileName().toString().equals("_index.md") && Files.isRegularFile(p))
                    .map(p -> content.relativize(p.getParent()))
                    .filter(folder -> !folder.toString().isEmpty() && !folder.toString().startsWith("."))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Map<String, Object> lowerKeys(Map<String, Object> fields) {
        Map<String, Object> lower = new java.util.LinkedHashMap<>();
        fields.forEach((k, v) -> lower.putIfAbsent(k.toLowerCase(Locale.ROOT), v)); // Hugo's Title: is title
        return lower;
    }
}
