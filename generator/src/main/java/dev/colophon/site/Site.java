package dev.colophon.site;

import dev.colophon.settings.MenuEntry;
import dev.colophon.settings.SiteConfig;
import java.util.List;
import java.util.Map;

/**
 * The whole site as templates see it: configuration and every published post and page, sorted.
 *
 * @param posts newest first
 * @param tags by name, each with its posts newest first
 * @param categories the same for categories; empty for most sites
 * @param years newest first, each with its posts
 * @param embedScript the comment widget's path on the comment server, versioned by whoever runs the build
 */
public record Site(
        SiteConfig config,
        List<Page> posts,
        List<Page> pages,
        Map<Tag, List<Page>> tags,
        Map<Tag, List<Page>> categories,
        Map<Integer, List<Page>> years,
        String embedScript) {

    public String title() {
        return config.title();
    }

    public String description() {
        return config.description();
    }

    /** The absolute base URL without a trailing slash: for feeds, the sitemap, canonical and OpenGraph URLs. */
    public String baseUrl() {
        return config.root();
    }

    /**
     * The base URL's path ("" or e.g. "/blog"): pages link with {@code basePath + url}, root-relative,
     * so a built site works wherever it is opened, not only at its base_url.
     */
    public String basePath() {
        return config.basePath();
    }

    /** Where the tags are listed ({@code /tags/}), for a theme's link to them. */
    public String tagsUrl() {
        return config.tagsUrl();
    }

    public String language() {
        return config.language();
    }

    public String author() {
        return config.author();
    }

    public String commentsUrl() {
        return config.commentsUrl();
    }

    /** The versioned URL of the comment widget script, or "" without a comment server. */
    public String commentsScript() {
        if (!config.hasComments()) {
            return "";
        }
        return config.commentsUrl() + embedScript;
    }

    /** The header's links, each with its complete URL: the site's menu, else a handful of top-level pages. */
    public List<MenuEntry> menu() {
        return SiteMenu.of(config, pages);
    }

    /** A link of the share list in {@code site.yml}, made for one page. */
    public record ShareLink(String name, String href) {
    }

    /** The share links of {@code site.yml} for a page, its URL and title put in where the templates say. */
    public List<ShareLink> shareLinks(String url, String title) {
        String u = java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8);
        String t = java.net.URLEncoder.encode(title == null ? "" : title, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return config.shareLinks().entrySet().stream()
                .map(e -> new ShareLink(e.getKey(), e.getValue().replace("{url}", u).replace("{title}", t))).toList();
    }

    public Map<String, Object> params() {
        return config.params();
    }
}
