package dev.colophon.build;

import dev.colophon.content.Document;
import dev.colophon.markdown.LiquidValues;
import dev.colophon.markdown.MarkdownOptions;
import dev.colophon.markdown.Shortcodes;
import dev.colophon.markdown.SiteShortcodes;
import dev.colophon.settings.Migration;
import dev.colophon.settings.SiteConfig;
import dev.colophon.settings.peer.Generator;
import dev.colophon.site.Permalinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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

    PeerContent(Path root, SiteConfig config) {
        this.config = config;
        this.permalinks = new Permalinks(config);
        Map<String, Object> variables = new HashMap<>(config.migration().variables());
        variables.putIfAbsent("title", config.title());
        variables.putIfAbsent("description", config.description());
        variables.put("url", config.root().substring(0, config.root().length() - config.basePath().length()));
        variables.put("baseurl", config.basePath());
        this.site = variables;
        Path folder = root.resolve("templates").resolve("shortcodes");
        this.own = Files.isDirectory(folder) ? new SiteShortcodes(folder) : null;
    }

    static MarkdownOptions markdownOptions(SiteConfig config) {
        Migration m = config.migration();
        boolean kramdown = m.is(Generator.JEKYLL) || m.headingIds().equals("kramdown");
        return new MarkdownOptions(m.headingIds(), m.emoji(), m.mentionsBase(), kramdown);
    }

    /** The shortcodes for one page: its variables as Jekyll's {@code page}, and the site's own templates. */
    Shortcodes shortcodesFor(Shortcodes shortcodes, Document doc) {
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
        if (doc.layout() != null) {
            page.put("layout", doc.layout());
        }
        LiquidValues values = new LiquidValues(site, page, config.root(), config.basePath());
        return shortcodes.forPage(values, own, page);
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
        if (!html.contains("{{") && !html.contains("{%")) {
            return Optional.empty();
        }
        String outside = CODE.matcher(html).replaceAll("");
        Matcher m = RESIDUE.matcher(outside);
        if (!m.find()) {
            return Optional.empty();
        }
        int end = Math.min(outside.length(), m.start() + 60);
        return Optional.of(outside.substring(m.start(), end).replaceAll("\\s+", " "));
    }
}
