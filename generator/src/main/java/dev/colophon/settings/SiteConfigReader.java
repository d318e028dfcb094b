package dev.colophon.settings;

import dev.colophon.config.ConfigException;
import dev.colophon.config.YamlSettings;
import dev.colophon.settings.peer.Generator;
import dev.colophon.settings.peer.PeerSettings;
import dev.colophon.settings.peer.Recognition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Reads {@code site.yml}: every key typed, an unknown key an error naming the key and the file. */
public final class SiteConfigReader {
    public static final String FILE_NAME = "site.yml";

    /** Name to URL template ({url} and {title} stand for the page's, URL-encoded), in the file's order. */
    private static Map<String, String> shareLinks(YamlSettings yaml) {
        Map<String, String> links = new java.util.LinkedHashMap<>();
        yaml.map("share_links").forEach((name, value) -> {
            String url = value == null ? "" : value.toString();
            if (!url.matches("(https?|mailto):\\S+")) {
                yaml.invalid("share_links", "name: URL pairs whose URL is http(s) or mailto, with {url} and {title} where the"
                        + " page's go, e.g. Hacker News: \"https://news.ycombinator.com/submitlink?u={url}&t={title}\"");
            } else {
                links.put(name, url);
            }
        });
        return links;
    }

    public SiteConfig read(Path siteRoot) {
        Path file = siteRoot.resolve(FILE_NAME);
        boolean own = Files.isRegularFile(file);
        YamlSettings written = own ? YamlSettings.read(file) : YamlSettings.empty(FILE_NAME);
        Recognition recognition = PeerLayout.recognise(siteRoot, written);
        if (!own && recognition.generator() == Generator.COLOPHON) {
            throw new ConfigException(file + ": not found; a site folder needs a site.yml or another generator's configuration"
                    + " (try 'colophon init DIR')");
        }
        PeerSettings peer = PeerSettings.of(siteRoot, recognition);
        YamlSettings yaml = written.over(peer.settings());
        String baseUrl = yaml.string("base_url", "http://localhost:8080/");
        if (!baseUrl.matches("https?://[^\\s]+")) {
            yaml.invalid("base_url", "an absolute http(s) URL such as https://example.com/");
        }
        ZoneId zone = zone(yaml);
        // Jekyll's :title is the slug too
        String permalink = yaml.string("permalink", "/posts/:slug/").replace(":title", ":slug");
        Migration migration = PeerLayout.migration(yaml, recognition, peer);
        String pagePermalink = yaml.string("page_permalink", "/:slug/").replace(":title", ":slug");
        for (var entry : List.of(List.of("permalink", permalink), List.of("page_permalink", pagePermalink))) {
            String pattern = entry.get(1);
            if (!pattern.startsWith("/") || !(pattern.endsWith("/") || pattern.endsWith(".html")) || !PeerLayout.namesPage(pattern)) {
                yaml.invalid(entry.get(0), "a path starting with '/', ending with '/' or '.html' (as Jekyll's do), that contains"
                        + " :slug, e.g. /posts/:slug/");
            }
        }
        int perPage = yaml.integer("posts_per_page", 10);
        if (perPage < 1) {
            yaml.invalid("posts_per_page", "at least 1");
        }
        int feedSize = yaml.integer("feed_size", 20);
        if (feedSize < 1) {
            yaml.invalid("feed_size", "at least 1");
        }
        List<String> sections = yaml.strings("post_sections");
        String contentDir = yaml.string("content_dir", ".").replaceAll("/+$", "");
        if (!contentDir.equals(".") && !contentDir.isEmpty() && !isFolderInside(contentDir)) {
            yaml.invalid("content_dir", "a folder inside the site, such as content, or . for the site folder itself");
        }
        List<String> staticDirs = yaml.strings("static_dirs");
        if (staticDirs.stream().anyMatch(dir -> !isFolderInside(dir))) {
            yaml.invalid("static_dirs", "folders inside the site, such as [static] or [assets]");
        }
        SiteConfig config = new SiteConfig(
                yaml.string("title", "My blog"),
                yaml.string("description", ""),
                baseUrl,
                yaml.string("author", ""),
                yaml.string("language", "en"),
                zone,
                permalink,
                pagePermalink,
                perPage,
                feedSize,
                yaml.string("theme", "default"),
                SiteConfig.withoutTrailingSlash(yaml.string("comments_url", "")),
                contentDir.equals(".") ? "" : contentDir,
                sections.isEmpty() ? List.of("posts", "blog", "post", "_posts") : sections,
                staticDirs.isEmpty() ? List.of("static") : staticDirs,
                yaml.bool("highlight_code", true),
                yaml.map("params"),
                yaml.bool("search", true),
                yaml.bool("search_comments", false),
                shareLinks(yaml),
                migration);
        yaml.finish();
        return config;
    }

    private static boolean isFolderInside(String dir) {
        return !dir.isBlank() && !dir.startsWith("/") && !dir.contains("\\")
                && java.util.Arrays.stream(dir.split("/")).noneMatch(part -> part.equals("..") || part.equals("."));
    }

    private static ZoneId zone(YamlSettings yaml) {
        String name = yaml.string("timezone", "UTC");
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            yaml.invalid("timezone", "a time zone id such as UTC or Europe/Paris");
            return ZoneOffset.UTC;
        }
    }
}
