package dev.colophon.settings;

import dev.colophon.config.YamlSettings;
import dev.colophon.settings.peer.Generator;
import dev.colophon.settings.peer.PeerDetector;
import dev.colophon.settings.peer.PeerSettings;
import dev.colophon.settings.peer.Recognition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the site.yml settings that say how another generator's site is built: {@code generator}, {@code menu} and the like. */
final class PeerLayout {
    private static final Set<String> HEADING_IDS = Set.of("github", "kramdown", "zola");

    private PeerLayout() {
    }

    /** The layout site.yml names with {@code generator:}, else the one the files show. */
    static Recognition recognise(Path root, YamlSettings written) {
        String forced = written.string("generator", null);
        Recognition found = new PeerDetector().detect(root);
        if (forced == null) {
            return found;
        }
        Generator g = Generator.named(forced);
        if (g == null) {
            written.invalid("generator", "one of colophon, hugo, zola, jekyll, jbake");
            return found;
        }
        return new Recognition(g, "site.yml says generator: " + g.key(), g == found.generator() ? found.config() : null);
    }

    static Migration migration(YamlSettings yaml, Recognition recognition, PeerSettings peer) {
        yaml.string("generator", null); // read before, from site.yml alone
        String headingIds = yaml.string("heading_ids", "github");
        if (!HEADING_IDS.contains(headingIds)) {
            yaml.invalid("heading_ids", "github (Hugo's and GitHub's), kramdown (Jekyll's) or zola");
        }
        Map<String, String> sections = new LinkedHashMap<>();
        yaml.map("section_permalinks").forEach((section, pattern) -> {
            String p = String.valueOf(pattern);
            if (!p.startsWith("/") || !(p.endsWith("/") || p.endsWith(".html")) || !namesPage(p)) {
                yaml.invalid("section_permalinks", "a permalink pattern for each section, e.g. {blog: /:year/:slug/}");
            }
            sections.put(section, p);
        });
        String mentions = yaml.string("mentions_base", "");
        return new Migration(recognition.generator(), recognition.reason(), headingIds, menu(yaml), sections,
                peer.variables(), mentions.replaceAll("/+$", ""), yaml.bool("emoji", false));
    }

    /** A pattern that tells pages apart: it holds the page's slug, or its file's name (Jekyll's :path and :name). */
    static boolean namesPage(String pattern) {
        return pattern.contains(":slug") || pattern.contains(":name");
    }

    private static List<MenuEntry> menu(YamlSettings yaml) {
        Object raw = yaml.raw("menu");
        List<MenuEntry> entries = new ArrayList<>();
        if (raw == null) {
            return entries;
        }
        if (!(raw instanceof List<?> list)) {
            yaml.invalid("menu", "a list of links, e.g. [{title: About, url: /about/}]");
            return entries;
        }
        for (Object item : list) {
            if (item instanceof Map<?, ?> m && m.get("url") != null) {
                Object title = m.get("title");
                entries.add(new MenuEntry(title == null ? null : title.toString(), m.get("url").toString()));
            } else if (item instanceof String url) {
                entries.add(new MenuEntry(null, url));
            } else {
                yaml.invalid("menu", "a list of links, each {title: About, url: /about/} or a page's file such as about.md");
            }
        }
        return entries;
    }
}
