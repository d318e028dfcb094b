package dev.colophon.settings.peer;

import static dev.colophon.settings.peer.PeerFiles.map;
import static dev.colophon.settings.peer.PeerFiles.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Another generator's configuration as site.yml settings (so that one reader validates both, and a
 * site.yml beside it overrides any key), with that generator's defaults where its file is silent.
 *
 * @param settings site.yml keys and values
 * @param variables the whole configuration as written, for {@code {{ site.X }}} in content
 */
public record PeerSettings(Map<String, Object> settings, Map<String, Object> variables) {

    public static PeerSettings of(Path root, Recognition recognition) {
        Path config = recognition.config() == null ? null : root.resolve(recognition.config());
        Map<String, Object> raw = config == null ? new LinkedHashMap<>()
                : config.getParent().getFileName().toString().equals("_default") ? PeerFiles.readFolder(config) : PeerFiles.read(config);
        Map<String, Object> s = new LinkedHashMap<>();
        switch (recognition.generator()) {
            case HUGO -> {
                Map<String, Object> lower = map(PeerFiles.lowerKeys(raw));
                hugo(root, lower, s);
                Map<String, Object> data = JekyllData.read(root.resolve(first(text(lower.get("datadir")), "data")));
                if (!data.isEmpty()) {
                    raw.put("data", data); // .Site.Data.x, as site.data.x in a ported shortcode
                }
            }
            case ZOLA -> zola(root, raw, s);
            case JEKYLL -> {
                jekyll(raw, s);
                Map<String, Object> data = JekyllData.read(root.resolve(first(text(raw.get("data_dir")), "_data")));
                if (!data.isEmpty()) {
                    raw.put("data", data); // {{ site.data.x }}
                }
            }
            case JBAKE -> jbake(raw, s);
            default -> {
            }
        }
        s.values().removeIf(v -> v == null);
        return new PeerSettings(s, raw);
    }

    private static void hugo(Path root, Map<String, Object> c, Map<String, Object> s) {
        Map<String, Object> params = map(c.get("params"));
        s.put("title", text(c.get("title")));
        s.put("base_url", absoluteOrNull(text(c.get("baseurl"))));
        s.put("description", first(text(params.get("description")), text(c.get("description"))));
        s.put("author", first(name(c.get("author")), name(params.get("author"))));
        String language = first(text(c.get("defaultcontentlanguage")), text(c.get("languagecode")));
        s.put("language", language == null ? null : language.split("[-_]")[0]);
        s.put("timezone", text(c.get("timezone")));
        Object pager = map(c.get("pagination")).get("pagersize");
        s.put("posts_per_page", pager != null ? pager : c.get("paginate"));
        String contentDir = first(text(c.get("contentdir")), "content");
        s.put("content_dir", contentDir);
        Object staticDir = c.get("staticdir");
        s.put("static_dirs", staticDir instanceof List<?> l ? l : List.of(first(text(staticDir), "static")));
        List<String> main = strings(params.get("mainsections"));
        s.put("post_sections", main.isEmpty() ? hugoPostSections(root.resolve(contentDir)) : main);
        // Hugo publishes content/SECTION/a/b.md at /SECTION/a/b/: the file's path, not its date.
        s.put("permalink", "/:section/:subpath:slug/");
        s.put("page_permalink", "/:section/:subpath:slug/");
        Map<String, Object> permalinks = new LinkedHashMap<>(map(c.get("permalinks")));
        if (permalinks.get("page") instanceof Map<?, ?> forPages) { // Hugo 0.120's permalinks.page.SECTION
            permalinks.remove("page");
            permalinks.putAll(map(forPages));
        }
        Map<String, Object> sections = new LinkedHashMap<>();
        permalinks.forEach((section, pattern) -> {
            if (text(pattern) != null) {
                sections.put(section, hugoPattern(text(pattern)));
            }
        });
        s.put("section_permalinks", sections);
        s.put("menu", menu(map(c.get("menu")).get("main"), "name", "url", "pageref"));
        s.put("params", params);
        s.put("heading_ids", "github");
    }

    /** Hugo's main section is the one with the most pages, unless one of the usual post folders exists. */
    private static List<String> hugoPostSections(Path content) {
        List<String> usual = List.of("posts", "post", "blog", "articles", "news");
        List<String> present = usual.stream().filter(d -> Files.isDirectory(content.resolve(d))).toList();
        if (!present.isEmpty() || !Files.isDirectory(content)) {
            return present.isEmpty() ? usual : present;
        }
        try (var dirs = Files.list(content)) {
            return dirs.filter(Files::isDirectory).max(Comparator.comparingLong(PeerSettings::markdownCount))
                    .map(d -> List.of(d.getFileName().toString())).orElse(usual);
        } catch (java.io.IOException e) {
            return usual;
        }
    }

    private static long markdownCount(Path dir) {
        try (var walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".md")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Hugo's tokens in Colophon's words: :title and :slug fall back to the title, :filename is the file's name. */
    static String hugoPattern(String pattern) {
        String p = pattern.startsWith("/") ? pattern : "/" + pattern;
        p = p.replace(":sections", ":section/:subpath").replace(":slugorfilename", ":slug").replace(":slugorcontentbasename", ":slug")
                .replace(":contentbasename", ":slug").replace(":filename", ":slug").replace(":title", ":slug");
        return p.endsWith("/") || p.endsWith(".html") ? p : p + "/";
    }

    private static void zola(Path root, Map<String, Object> c, Map<String, Object> s) {
        Map<String, Object> extra = map(c.get("extra"));
        s.put("title", text(c.get("title")));
        s.put("base_url", absoluteOrNull(text(c.get("base_url"))));
        s.put("description", text(c.get("description")));
        s.put("author", first(text(c.get("author")), name(extra.get("author"))));
        s.put("language", text(c.get("default_language")));
        s.put("content_dir", "content");
        s.put("static_dirs", List.of("static"));
        s.put("permalink", "/:section/:subpath:slug/");
        s.put("page_permalink", "/:section/:subpath:slug/");
        Object perPage = ZolaSections.rootPaginateBy(root.resolve("content"));
        s.put("posts_per_page", perPage);
        Object menu = null;
        for (String key : List.of("menu", "main_menu", "menu_items", "navbar_items", "nav", "navigation", "links")) {
            if (extra.get(key) instanceof List<?> list && !list.isEmpty()) {
                menu = list;
                break;
            }
        }
        s.put("menu", menu(menu, "name", "url", "path"));
        s.put("params", extra);
        s.put("heading_ids", "zola");
    }

    private static void jekyll(Map<String, Object> c, Map<String, Object> s) {
        s.put("title", first(text(c.get("title")), text(c.get("name"))));
        String url = absoluteOrNull(text(c.get("url")));
        String baseurl = text(c.get("baseurl"));
        if (url != null) {
            s.put("base_url", url.replaceAll("/+$", "") + (baseurl == null ? "" : "/" + baseurl.replaceAll("^/+|/+$", "")) + "/");
        }
        s.put("description", text(c.get("description")));
        s.put("author", name(c.get("author")));
        String lang = first(text(c.get("lang")), text(c.get("locale")));
        s.put("language", lang == null ? null : lang.split("[-_]")[0]);
        s.put("timezone", text(c.get("timezone")));
        s.put("posts_per_page", c.get("paginate"));
        String style = first(text(c.get("permalink")), "date");
        s.put("permalink", JekyllPermalinks.post(style));
        s.put("page_permalink", JekyllPermalinks.page(style));
        s.put("section_permalinks", JekyllPermalinks.collections(map(c.get("collections")), style));
        s.put("post_sections", List.of("_posts"));
        if (c.get("header_pages") instanceof List<?> pages) {
            List<Map<String, Object>> entries = new ArrayList<>();
            pages.forEach(p -> entries.add(Map.of("url", String.valueOf(p))));
            s.put("menu", entries);
        }
        String markdown = first(text(c.get("markdown")), "kramdown");
        s.put("heading_ids", markdown.equalsIgnoreCase("kramdown") ? "kramdown" : "github");
        List<String> plugins = new ArrayList<>(strings(c.get("plugins")));
        plugins.addAll(strings(c.get("gems")));
        s.put("emoji", plugins.contains("jemoji"));
        if (plugins.contains("jekyll-mentions")) {
            Object mentions = c.get("jekyll-mentions");
            String base = mentions instanceof Map<?, ?> m ? text(m.get("base_url")) : text(mentions);
            s.put("mentions_base", first(base, "https://github.com"));
        }
    }

    private static void jbake(Map<String, Object> c, Map<String, Object> s) {
        s.put("title", text(c.get("site.title")));
        s.put("base_url", absoluteOrNull(text(c.get("site.host"))));
        s.put("content_dir", first(text(c.get("content.folder")), "content"));
        s.put("static_dirs", List.of(first(text(c.get("asset.folder")), "assets")));
        String perPage = text(c.get("index.posts_per_page"));
        s.put("posts_per_page", perPage == null || !perPage.strip().matches("\\d+") ? null : Integer.parseInt(perPage.strip()));
        // JBake keeps a file's path: content/blog/2013/a.md is /blog/2013/a.html (or /blog/2013/a/ without extensions).
        String pattern = "true".equalsIgnoreCase(text(c.get("uri.noExtension"))) ? "/:section/:subpath:slug/" : "/:section/:subpath:slug.html";
        s.put("permalink", pattern);
        s.put("page_permalink", pattern);
        s.put("heading_ids", "github");
    }

    private static List<Map<String, Object>> menu(Object entries, String nameKey, String urlKey, String refKey) {
        if (!(entries instanceof List<?> list)) {
            return null;
        }
        List<Map<String, Object>> sorted = new ArrayList<>();
        for (Object entry : list) {
            Map<String, Object> e = map(entry);
            String url = first(text(e.get(urlKey)), text(e.get(refKey)));
            if (url == null) {
                continue;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("title", first(text(e.get(nameKey)), first(text(e.get("title")), text(e.get("identifier")))));
            out.put("url", url.replace("$BASE_URL", ""));
            out.put("weight", e.get("weight") instanceof Number n ? n.intValue() : 0);
            out.values().removeIf(v -> v == null);
            sorted.add(out);
        }
        sorted.sort(Comparator.comparingInt(m -> (Integer) m.get("weight")));
        sorted.forEach(m -> m.remove("weight"));
        return sorted;
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static String name(Object author) {
        return author instanceof Map<?, ?> m ? text(m.get("name")) : text(author);
    }

    private static String absoluteOrNull(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        if (u.startsWith("//")) {
            u = "https:" + u;
        } else if (!u.matches("(?i)https?://.*")) {
            return u.contains(".") && !u.startsWith("/") ? "https://" + u.replaceAll("/+$", "") + "/" : null;
        }
        return u.endsWith("/") ? u : u + "/";
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
