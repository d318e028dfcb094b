package dev.colophon.site;

import dev.colophon.comments.embed.EmbedAssets;
import java.util.List;
import java.util.Map;

/**
 * The whole site as templates see it: configuration and every published post and page, sorted.
 *
 * @param posts newest first
 * @param tags by name, each with its posts newest first
 * @param categories the same for categories; empty for most sites
 * @param years newest first, each with its posts
 */
public record Site(
        SiteConfig config,
        List<Page> posts,
        List<Page> pages,
        Map<Tag, List<Page>> tags,
        Map<Tag, List<Page>> categories,
        Map<Integer, List<Page>> years) {

    public String title() {
        return config.title();
    }

    public String description() {
        return config.description();
    }

    public String baseUrl() {
        return config.root();
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
        return config.commentsUrl() + EmbedAssets.bundled().scriptPath();
    }

    /** The header's links, each with its complete URL: the site's menu, else a handful of top-level pages. */
    public List<MenuEntry> menu() {
        return SiteMenu.of(config, pages);
    }

    public Map<String, Object> params() {
        return config.params();
    }
}
