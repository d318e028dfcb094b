package dev.colophon.build;

import dev.colophon.content.Document;
import dev.colophon.markdown.LiquidValues;
import dev.colophon.markdown.MarkdownOptions;
import dev.colophon.markdown.Shortcodes;
import dev.colophon.markdown.SiteLists;
import dev.colophon.markdown.SiteShortcodes;
import dev.colophon.settings.Migration;
import dev.colophon.settings.SiteConfig;
import dev.colophon.settings.peer.Generator;
import dev.colophon.site.Permalinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What content of another generator needs at render time: Jekyll's site and page variables, the
 * site's own shortcode templates, and a check that no template syntax is left in a page's HTML.
 */
final class PeerContent {
    private static final Pattern CODE = Pattern.compile("(?s)<(pre|code)[\\s>].*?</\\1>");
    /** A Go or Liquid tag: {@code {%} is followed by a tag's name, never by {@code %0D} as in a URL-encoded link. */
    private static final Pattern RESIDUE = Pattern.compile("\\{\\{[<%]?\\s*[\\w./\"'-]|\\{%-?\\s*[A-Za-z_]");

    private final SiteConfig config;
    private final Permalinks permalinks;
    private final Map<String, Object> site;
    private final SiteShortcodes own;
    /** Jekyll's {@code _includes/} (or its {@code includes_dir}), or null. */
    private final Path includes;

    PeerContent(Path root, SiteConfig config) {
        this(root, config, null);
    }

    /** @param now the build's time, Jekyll's {@code site.time}; null where no Liquid reads it */
    PeerContent(Path root, SiteConfig config, java.time.Instant now) {
        this.config = config;
        this.permalinks = new Permalinks(config);
        Map<String, Object> variables = new HashMap<>(config.migration().variables());
        variables.putIfAbsent("title", config.title());
        variables.putIfAbsent("description", config.description());
        variables.put("url", config.root().substring(0, config.root().length() - config.basePath().length()));
        variables.put("baseurl", config.basePath());
        if (now != null) {
            variables.putIfAbsent("time", now.atZone(config.timezone()));
        }
        this.site = variables;
        Path folder = root.resolve("templates").resolve("shortcodes");
        Object includesDir = variables.getOrDefault("includes_dir", "_includes");
        Path includeFolder = root.resolve(includesDir.toString()).normalize();
        this.includes = config.migration().is(Generator.JEKYLL) && includeFolder.startsWith(root.normalize())
                && Files.isDirectory(includeFolder) ? includeFolder : null;
        this.own = Files.isDirectory(folder)
                ? new SiteShortcodes(folder, variables, path -> dev.colophon.settings.peer.JekyllData.load(root, path)) : null;
    }

    static MarkdownOptions markdownOptions(SiteConfig config) {
        Migration m = config.migration();
        boolean kramdown = m.is(Generator.JEKYLL) || m.headingIds().equals("kramdown");
        return new MarkdownOptions(m.headingIds(), m.emoji(), m.mentionsBase(), kramdown);
    }

    /**
     * The shortcodes for one page: its variables as Jekyll's {@code page}, the site's lists as far as
     * they are known ({@code lists} records whether the page asks for them), and the site's own templates.
     */
    Shortcodes shortcodesFor(Shortcodes shortcodes, Document doc, SiteLists lists) {
        Map<String, Object> page = new HashMap<>(doc.params());
        page.put("title", doc.title());
        page.put("date", doc.date());
        page.put("url", permalinks.urlOf(doc));
        page.put("tags", doc.tags());
        page.put("categories", doc.categories());
        page.put("slug", doc.slug());
        page.put("path", config.withinContent(doc.path()).toString());
        if (doc.summary() != null) {
            page.put("description", doc.summary());
        }
        if (!doc.authors().isEmpty()) { // front matter Colophon reads itself, back as the page wrote it
            page.putIfAbsent("author", doc.authors().size() == 1 ? doc.authors().get(0) : doc.authors());
            page.putIfAbsent("authors", doc.authors());
        }
        if (doc.layout() != null) {
            page.put("layout", doc.layout());
        }
        return forPage(shortcodes, page, lists);
    }

    /** The shortcodes for a Hugo or Zola section's {@code _index.md}: its front matter, title and list URL as {@code page}. */
    Shortcodes shortcodesFor(Shortcodes shortcodes, Path index, Map<String, Object> fields, String title, String url) {
        Map<String, Object> page = new HashMap<>(fields);
        page.put("title", title);
        page.put("url", url);
        page.put("path", config.withinContent(index).toString());
        return forPage(shortcodes, page, SiteLists.unknown());
    }

    private Shortcodes forPage(Shortcodes shortcodes, Map<String, Object> page, SiteLists lists) {
        LiquidValues values = new LiquidValues(site, page, config.root(), config.basePath(), lists);
        return shortcodes.forPage(values, own, includes, page);
    }

    static boolean isHtml(Path source) {
        String name = source.getFileName().toString();
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /** An HTML page's body as it is, with a summary from its text. */
    static dev.colophon.markdown.RenderedMarkdown htmlPage(String html, String summary) {
        String text = html.replaceAll("(?s)<(script|style)[\\s>].*?</\\1>", " ").replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ").strip();
        String shown = summary != null ? summary : text.length() <= 200 ? text : text.substring(0, 200) + "…";
        int words = text.isEmpty() ? 0 : text.split(" ").length;
        return new dev.colophon.markdown.RenderedMarkdown(html, "<p>" + shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>",
                shown, words);
    }

    /** The first template tag left in HTML outside code, with some text around it, if any. */
    static Optional<String> residue(String html) {
        return residue(html, List.of());
    }

    /**
     * The first template tag left in HTML outside code and outside what the author wrote between
     * Jekyll's raw and endraw ({@code literal}: shown as written on purpose), with some text around it.
     */
    static Optional<String> residue(String html, List<String> literal) {
        if (!html.contains("{{") && !html.contains("{%")) {
            return Optional.empty();
        }
        String outside = CODE.matcher(html).replaceAll("");
        Matcher m = RESIDUE.matcher(outside);
        while (m.find()) {
            if (!isLiteral(outside, m.start(), literal)) {
                int end = Math.min(outside.length(), m.start() + 60);
                return Optional.of(outside.substring(m.start(), end).replaceAll("\\s+", " "));
            }
        }
        return Optional.empty();
    }

    /** Whether the tag starting at {@code start} is one the author wrote inside raw, as Markdown printed it. */
    private static boolean isLiteral(String html, int start, List<String> literal) {
        if (literal.isEmpty()) {
            return false;
        }
        int close = -1;
        for (String closer : List.of("}}", "%}")) {
            int at = html.indexOf(closer, start + 2);
            close = at >= 0 && (close < 0 || at < close) ? at : close;
        }
        if (close < 0 || close - start > 1000) {
            return false;
        }
        String tag = html.substring(start, close + 2).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        return literal.stream().anyMatch(text -> text.contains(tag));
    }
}
