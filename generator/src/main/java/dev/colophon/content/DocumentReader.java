package dev.colophon.content;

import dev.colophon.config.Problem;
import dev.colophon.settings.SiteConfig;
import dev.colophon.settings.peer.Generator;
import dev.colophon.settings.peer.JekyllPermalinks;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Validates front matter into a {@link Document}, naming file, line and the expected form on any problem. */
public final class DocumentReader {
    /** Jekyll keeps unpublished posts in {@code _drafts/}: posts, and drafts. */
    private static final String JEKYLL_DRAFTS = "_drafts";
    /** 2026-05-31-slug; Jekyll also takes 2014-3-3-slug. */
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})-(.+)$");
    /**
     * Zola's dated file name (page.rs's RFC3339_DATE): a real month and day, an optional RFC 3339 time,
     * then {@code -} or {@code _} (a space before it allowed): {@code 2024-01-05_notes}, {@code 2024-01-05T10:00:00Z-notes}.
     */
    private static final Pattern ZOLA_DATED_NAME = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])"
            + "(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?\\s?[_-](.+)$");
    private static final Pattern DATED_URL = Pattern.compile("/(\\d{4})/(\\d{2})/(\\d{2})/");
    private static final Set<String> INTERPRETED = Set.of("title", "date", "publishDate", "updated", "lastmod", "modified",
            "tags", "draft", "status", "published", "summary", "description", "slug", "url", "path", "permalink",
            "aliases", "layout", "template", "comments", "authors", "author", "type", "toc", "taxonomies", "image",
            "images", "categories", "category", "redirect_from");

    private final SiteConfig config;
    private final DateParser dates;
    private final FrontMatterParser parser = new FrontMatterParser();
    private final JekyllDefaults defaults;
    /** Which of a Zola site's taxonomies are its tags and categories. */
    private final dev.colophon.settings.peer.ZolaTaxonomies zola;
    /** Zola's page_template by section folder, read once per folder. */
    private final java.util.Map<Path, String> sectionTemplates = new java.util.concurrent.ConcurrentHashMap<>();

    /** The site's folder, where a Zola section's _index.md is read; null to read none. */
    private final Path root;

    public DocumentReader(SiteConfig config, Path root) {
        this.config = config;
        this.root = root;
        this.dates = new DateParser(config.timezone(), !config.migration().is(Generator.COLOPHON));
        this.zola = dev.colophon.settings.peer.ZolaTaxonomies.of(config.migration().is(Generator.ZOLA) ? config.migration().variables() : Map.of());
        this.defaults = JekyllDefaults.of(config.migration().is(Generator.JEKYLL) ? config.migration().variables().get("defaults") : null);
    }

    /** Reads one file; {@code warnings} collects what is odd but not fatal. */
    public Document read(Path relative, String text, List<Problem> warnings) {
        FrontMatter fm = defaults.apply(relative, parser.parse(relative, text));
        FieldReader f = new FieldReader(relative, fm, dates);
        String baseName = Translations.baseName(relative); // post.en.md is post.md on an English site
        Path inner = config.withinContent(relative);
        if (baseName.equals("index") && inner.getParent() != null) {
            baseName = inner.getParent().getFileName().toString(); // a page bundle, post/index.md, is named by its folder
        }
        Generator generator = config.migration().generator();
        Matcher datedName = (generator == Generator.ZOLA ? ZOLA_DATED_NAME : DATED_NAME).matcher(baseName); // 2026-05-31-slug, as Jekyll and Zola name them
        // Hugo and JBake keep a dated file name whole in the URL; Jekyll, Zola and Colophon take the date off.
        boolean keepsDate = generator == Generator.HUGO || generator == Generator.JBAKE;
        String nameSlug = datedName.matches() && !keepsDate ? datedName.group(4) : baseName;
        String written = f.string("slug", null);
        String slug = written != null ? Slugs.slugify(written) : Slugs.ofFileName(generator, nameSlug);
        String url = f.string("url", f.string("path", f.string("permalink", null))); // Hugo, Zola, Jekyll
        if (url != null && generator == Generator.JEKYLL && f.raw("url") == null) {
            url = JekyllPermalinks.pattern(url); // /categories/web is categories/web.html; :title and the like are filled in
        } else if (url != null && !url.startsWith("/")) {
            url = "/" + url;
        }
        Kind kind = kind(relative, f, f.raw("date") != null || datedName.matches());
        ZonedDateTime date = f.date("date");
        date = date != null ? date : f.date("publishDate"); // Hugo
        if (date == null && datedName.matches()) {
            date = dates.parse("%s-%02d-%02d".formatted(datedName.group(1), Integer.parseInt(datedName.group(2)),
                    Integer.parseInt(datedName.group(3)))).orElse(null);
        }
        if (date == null && url != null) {
            Matcher m = DATED_URL.matcher(url);
            if (m.find()) {
                date = dates.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).orElse(null);
            }
        }
        if (date == null && kind == Kind.POST) {
            warnings.add(new Problem(relative, 1, "post has no date (add 'date:' or name the file YYYY-MM-DD-slug.md)", "date"));
        }
        ZonedDateTime updated = f.date("updated");
        updated = updated != null ? updated : f.date("lastmod");
        updated = updated != null ? updated : f.date("modified");
        String status = f.string("status", "published").toLowerCase(Locale.ROOT);
        List<String> authors = f.strings("authors");
        Document doc = new Document(relative, kind,
                f.string("title", Slugs.titleFrom(nameSlug)),
                date, updated,
                terms(f, fm.format(), "tags", "tags", zola.tags()),
                categories(relative, f, fm.format()),
                f.bool("draft", false) || status.equals("draft") || !f.bool("published", true)
                        || config.sectionOf(relative).equals(JEKYLL_DRAFTS),
                f.string("summary", f.string("description", null)),
                slug, url,
                aliases(f),
                layout(relative, f.string("layout", f.string("template", null))),
                f.bool("comments", kind == Kind.POST),
                authors.isEmpty() ? f.strings("author") : authors,
                f.bool("toc", false),
                image(f),
                params(fm.fields()),
                fm.body(), fm.bodyLine());
        if (generator == Generator.COLOPHON) {
            f.throwIfInvalid();
        } else {
            f.warnIfInvalid(warnings); // the original generator built this page: so does Colophon
        }
        return doc;
    }

    /**
     * The template named in front matter, else (Zola) the nearest section's {@code page_template};
     * Zola's {@code blog-page.html} is Colophon's {@code blog-page}, a template the site may port to templates/.
     */
    private String layout(Path relative, String written) {
        if (!config.migration().is(Generator.ZOLA) || root == null) {
            return written;
        }
        String layout = written;
        Path content = config.contentPath();
        for (Path folder = relative.getParent(); layout == null && folder != null && folder.startsWith(content); folder = folder.getParent()) {
            Object inherited = sectionTemplates.computeIfAbsent(folder, f -> String.valueOf(
                    dev.colophon.settings.peer.ZolaSections.settings(root.resolve(f).resolve("_index.md")).getOrDefault("page_template", "")));
            layout = inherited.toString().isEmpty() ? null : inherited.toString();
        }
        return layout == null ? null : layout.replaceAll("\\.html$", "");
    }

    /** Hugo's aliases and jekyll-redirect-from's redirect_from. */
    private static List<String> aliases(FieldReader f) {
        List<String> aliases = new java.util.ArrayList<>(f.strings("aliases"));
        aliases.addAll(f.strings("redirect_from"));
        return List.copyOf(aliases);
    }

    /** Jekyll's categories: the front matter's, after the folders above _posts (blog/_posts/a.md is in blog). */
    private List<String> categories(Path relative, FieldReader f, FrontMatter.Format format) {
        List<String> written = terms(f, format, "categories", "category", zola.categories());
        if (!config.migration().is(Generator.JEKYLL)) {
            return written;
        }
        List<String> folders = new java.util.ArrayList<>();
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("_posts") || name.equals(JEKYLL_DRAFTS)) {
                break;
            }
            folders.add(name);
        }
        if (folders.size() == relative.getNameCount()) {
            return written;
        }
        folders.addAll(written);
        return folders.stream().distinct().toList();
    }

    private Kind kind(Path relative, FieldReader f, boolean dated) {
        String type = f.string("type", "").toLowerCase(Locale.ROOT);
        if (type.equals("post") || type.equals("posts")) { // Hugo's type is often the section's name
            return Kind.POST;
        }
        if (type.equals("page")) {
            return Kind.PAGE;
        }
        Generator generator = config.migration().generator();
        if (generator == Generator.ZOLA) {
            return dated ? Kind.POST : Kind.PAGE; // Zola sorts a section's dated pages as its posts, at any depth
        }
        if (generator == Generator.JEKYLL) {
            for (Path part : relative) {
                if (part.toString().equals("_posts") || part.toString().equals(JEKYLL_DRAFTS)) {
                    return Kind.POST;
                }
            }
            return Kind.PAGE;
        }
        if (generator == Generator.JBAKE) {
            return Kind.PAGE; // JBake's posts say type=post
        }
        String section = config.sectionOf(relative);
        return config.postSections().contains(section) || section.equals(JEKYLL_DRAFTS) ? Kind.POST : Kind.PAGE;
    }

    /** The picture for link previews: {@code image} (Jekyll; a text or {@code {path: ...}}) or Hugo's {@code images}. */
    private static String image(FieldReader f) {
        if (f.raw("image") instanceof Map<?, ?> jekyllSeo) {
            Object path = jekyllSeo.get("path");
            return path == null ? f.invalid("image", "a URL or path, or {path: ...}", null) : path.toString().strip();
        }
        String image = f.string("image", null);
        if (image == null) {
            List<String> images = f.strings("images");
            image = images.isEmpty() ? null : images.get(0);
        }
        return image == null || image.isBlank() ? null : image.strip();
    }

    @SuppressWarnings("unchecked")
    /**
     * Tags or categories: a list, comma-separated text, Jekyll's space-separated YAML text or Zola's
     * taxonomies, {@code zolaKey} the one that stands for them ({@code theme-tags} on a site that names it alone).
     */
    private static List<String> terms(FieldReader f, FrontMatter.Format format, String key, String singular, String zolaKey) {
        String field = f.raw(key) == null && f.raw(singular) != null ? singular : key; // Jekyll's category: one
        List<String> tags = f.strings(field);
        if (format == FrontMatter.Format.YAML && f.raw(field) instanceof String text && !text.contains(",")) {
            tags = List.of(text.strip().split("\\s+")); // Jekyll: "tags: jekyll update" is two tags
        }
        if (tags.isEmpty() && f.raw("taxonomies") instanceof Map<?, ?> taxonomies
                && taxonomies.get(zolaKey) instanceof List<?> zolaTags) {
            tags = ((List<Object>) zolaTags).stream().map(String::valueOf).toList();
        }
        return tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    private static Map<String, Object> params(Map<String, Object> fields) {
        Map<String, Object> params = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (!INTERPRETED.contains(key) && !INTERPRETED.contains(FieldReader.canonical(key))) {
                params.put(key, value);
            }
        });
        return params;
    }
}
