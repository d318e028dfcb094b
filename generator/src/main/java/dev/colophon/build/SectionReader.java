package dev.colophon.build;

import dev.colophon.content.BuildException;
import dev.colophon.content.FrontMatter;
import dev.colophon.content.FrontMatterParser;
import dev.colophon.config.Problem;
import dev.colophon.content.Slugs;
import dev.colophon.markdown.MarkdownRenderer;
import dev.colophon.markdown.ShortcodeRegistry;
import dev.colophon.markdown.Shortcodes;
import dev.colophon.settings.SiteConfig;
import dev.colophon.settings.peer.Generator;
import dev.colophon.site.Fingerprint;
import dev.colophon.site.Page;
import dev.colophon.site.RefLinks;
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
    /** A section's text goes through the shortcodes as a post's does ({@code {{< figure >}}} on a Hugo {@code /about/}). */
    private final Shortcodes shortcodes;
    private final ShortcodePass pass;
    private final PeerContent peer;

    SectionReader(Path root, SiteConfig config, MarkdownRenderer markdown) {
        this.root = root;
        this.config = config;
        this.markdown = markdown;
        this.shortcodes = new Shortcodes(ShortcodeRegistry.builtIn(), config.root(), config.basePath());
        this.pass = new ShortcodePass(shortcodes);
        this.peer = new PeerContent(root, config);
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
        Map<Path, Number> weights = new java.util.HashMap<>();
        Refs refs = new Refs(published);
        for (Path folder : folders) {
            Section section = section(content, folder, generator, warnings, weights, refs);
            if (section != null) {
                sections.add(section);
            }
        }
        return sections.stream().map(section -> section.withSubsections(subsections(section, sections, weights))).toList();
    }

    /** Each section's {@code _index.md} within the content ({@code docs/_index.md}) and its list's URL, for links to it. */
    Map<String, String> indexes() {
        Generator generator = config.migration().generator();
        if (generator != Generator.HUGO && generator != Generator.ZOLA) {
            return Map.of();
        }
        Map<String, String> indexes = new java.util.HashMap<>();
        indexes.put("_index.md", "/");
        for (Path folder : indexedFolders(root.resolve(config.contentPath()))) {
            String path = folder.toString().replace('\\', '/');
            indexes.put(path + "/_index.md", "/" + path + "/");
        }
        return indexes;
    }

    /** The sections directly below one, by weight (Zola's order for subsections), then title. */
    private static List<Section.Link> subsections(Section parent, List<Section> sections, Map<Path, Number> weights) {
        return sections.stream().filter(s -> s.render() && parent.folder().equals(s.folder().getParent())) // no link to a list never written
                .sorted(java.util.Comparator.comparingDouble((Section s) -> weights.getOrDefault(s.folder(), 0).doubleValue())
                        .thenComparing(SectionReader::linkTitle, String.CASE_INSENSITIVE_ORDER))
                .map(s -> new Section.Link(s.url(), linkTitle(s))).toList();
    }

    private static String linkTitle(Section section) {
        return section.title().isBlank() ? Slugs.titleFrom(section.folder().getFileName().toString()) : section.title();
    }

    private Section section(Path content, Path folder, Generator generator, List<Problem> warnings, Map<Path, Number> weights,
                            Refs refs) {
        Path index = content.resolve(folder).resolve("_index.md");
        Map<String, Object> fields = Map.of();
        String body = "";
        int bodyLine = 1;
        long fingerprint = Fingerprint.of(folder.toString());
        if (Files.isRegularFile(index)) {
            Path relative = root.relativize(index);
            try {
                String text = Files.readString(index);
                FrontMatter fm = parser.parse(relative, text);
                fields = lowerKeys(fm.fields());
                body = fm.body();
                bodyLine = fm.bodyLine();
                fingerprint = Fingerprint.mix(fingerprint, Fingerprint.of(text));
            } catch (BuildException e) {
                e.problems().forEach(p -> warnings.add(new Problem(p.file(), p.line(), p.message() + "; its list page is built without it",
                        "front-matter")));
            } catch (IOException e) {
                warnings.add(new Problem(relative, 0, "cannot be read: " + e.getMessage(), "front-matter"));
            }
        }
        if (Boolean.TRUE.equals(fields.get("draft")) || generator == Generator.HUGO && Boolean.FALSE.equals(fields.get("render"))) {
            return null; // Hugo's draft section: no list page
        }
        // Zola's render = false: no list page, but the section keeps its pages, feeds and aliases
        boolean render = generator != Generator.ZOLA || !Boolean.FALSE.equals(fields.get("render"));
        String name = folder.getFileName().toString();
        String title = fields.get("title") != null ? fields.get("title").toString()
                : generator == Generator.HUGO ? Slugs.titleFrom(name) : "";
        String url = "/" + folder.toString().replace('\\', '/') + "/";
        String html = body.isBlank() ? "" : html(root.relativize(index), body, bodyLine, fields, title, url, warnings, refs);
        html = html.isEmpty() ? "" : dev.colophon.markdown.ZolaAnchorLinks.insert(html,
                generator == Generator.ZOLA ? ZolaAnchorMode.of(fields, config) : "none");
        String sortBy = fields.get("sort_by") != null ? fields.get("sort_by").toString() : "date";
        int paginateBy = fields.get("paginate_by") instanceof Number n ? n.intValue()
                : generator == Generator.HUGO ? config.postsPerPage() : 0;
        if (fields.get("weight") instanceof Number weight) {
            weights.put(folder, weight);
        }
        return new Section(folder, url, title, new SafeString(html), sortBy, paginateBy,
                Boolean.TRUE.equals(fields.get("transparent")), fingerprint, List.of(), extra(fields, generator),
                generator == Generator.ZOLA ? ZolaRedirects.target(fields.get("redirect_to"), config) : "",
                strings(fields.get("aliases")), generator == Generator.ZOLA ? feedFiles(fields) : List.of(), render,
                generator == Generator.ZOLA && fields.get("paginate_path") != null ? trimSlashes(fields.get("paginate_path").toString()) : "page",
                generator == Generator.ZOLA && Boolean.TRUE.equals(fields.get("paginate_reversed")));
    }

    /** The section's text as a post's is rendered: shortcodes, then Markdown, then links by source file; every leftover a warning. */
    private String html(Path file, String body, int bodyLine, Map<String, Object> fields, String title, String url,
                        List<Problem> warnings, Refs refs) {
        Shortcodes.Result source = pass.expand(file, bodyLine, body,
                () -> peer.shortcodesFor(shortcodes, file, fields, title, url), warnings);
        String html = markdown.render(source.markdown(), false, null).html();
        if (source.refs()) {
            html = refs.links().resolve(file, html, warnings);
        }
        if (dev.colophon.site.PageBody.hasTemplateSyntax(html)) {
            ShortcodePass.checkResidue(file, html, source.literal(), warnings);
        }
        return html;
    }

    /** Links by source file, resolved against the published pages: made once, only if a section has one. */
    private final class Refs {
        private final List<Page> published;
        private RefLinks links;

        Refs(List<Page> published) {
            this.published = published;
        }

        RefLinks links() {
            if (links == null) {
                links = new RefLinks(config, published, indexes());
            }
            return links;
        }
    }

    private static String trimSlashes(String path) {
        return path.strip().replaceAll("^/+|/+$", "");
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(Object::toString).filter(s -> !s.isBlank()).toList();
        }
        return value instanceof String one && !one.isBlank() ? List.of(one) : List.of();
    }

    /**
     * Where Zola writes a section's feeds when its {@code generate_feeds} is set ({@code generate_feed}
     * before Zola 0.19): the site's feed file names, {@code atom.xml} unless {@code config.toml} names others.
     */
    private List<String> feedFiles(Map<String, Object> fields) {
        if (!Boolean.TRUE.equals(fields.get("generate_feeds")) && !Boolean.TRUE.equals(fields.get("generate_feed"))) {
            return List.of();
        }
        Map<String, Object> site = config.migration().variables();
        List<String> names = strings(site.get("feed_filenames"));
        names = names.isEmpty() ? strings(site.get("feed_filename")) : names;
        List<String> usable = names.stream().filter(n -> n.equals("atom.xml") || n.equals("rss.xml")).toList(); // Zola's own templates
        return usable.isEmpty() ? List.of("atom.xml") : usable;
    }

    /** Zola's {@code [extra]}; for Hugo, whose own keys are any, the front matter's other keys. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> extra(Map<String, Object> fields, Generator generator) {
        if (generator == Generator.ZOLA) {
            return fields.get("extra") instanceof Map<?, ?> extra ? Map.copyOf((Map<String, Object>) extra) : Map.of();
        }
        Map<String, Object> params = new java.util.LinkedHashMap<>(fields);
        params.keySet().removeAll(Set.of("title", "draft", "weight", "paginate_by", "sort_by", "transparent", "render", "aliases"));
        params.values().removeIf(java.util.Objects::isNull);
        return java.util.Collections.unmodifiableMap(params);
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
