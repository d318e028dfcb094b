package dev.colophon.settings;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The settings of one site, read once from {@code site.yml}. Every key is documented in the sample
 * {@code content/site.yml}.
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String author,
        String language,
        ZoneId timezone,
        String permalink,
        String pagePermalink,
        int postsPerPage,
        int feedSize,
        String theme,
        String commentsUrl,
        String contentDir,
        List<String> postSections,
        List<String> staticDirs,
        boolean highlightCode,
        Map<String, Object> params,
        boolean search,
        boolean searchComments,
        Map<String, String> shareLinks,
        Migration migration) {

    /** Where tags are listed, {@code /tags/}; for a Zola site, its taxonomy's own URL ({@code /theme-tags/}). */
    public String tagsUrl() {
        return migration.is(dev.colophon.settings.peer.Generator.ZOLA)
                ? dev.colophon.settings.peer.ZolaTaxonomies.of(migration.variables()).tagsUrl() : "/tags/";
    }

    /** Where categories are listed, {@code /categories/}; for a Zola site, its second taxonomy's own URL. */
    public String categoriesUrl() {
        return migration.is(dev.colophon.settings.peer.Generator.ZOLA)
                ? dev.colophon.settings.peer.ZolaTaxonomies.of(migration.variables()).categoriesUrl() : "/categories/";
    }

    /** The base URL without a trailing slash, so that {@code baseUrl + "/path/"} is always right. */
    public String root() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The last base URL and its path: templates ask for the path at every link, and parsing it was 2% of a build. */
    private static volatile String[] lastBasePath = {"", ""};

    /** The path part of the base URL, "" for a site at a domain's root or e.g. "/blog". */
    public String basePath() {
        String root = root();
        String[] last = lastBasePath;
        if (last[0].equals(root)) {
            return last[1];
        }
        String path = java.net.URI.create(root).getPath();
        String known = path == null ? "" : path;
        lastBasePath = new String[] {root, known};
        return known;
    }

    public String absolute(String path) {
        return root() + path;
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, author, language, timezone, permalink, pagePermalink,
                postsPerPage, feedSize, theme, commentsUrl, contentDir, postSections, staticDirs, highlightCode, params, search, searchComments,
                shareLinks, migration);
    }

    public SiteConfig withCommentsUrl(String url) {
        return new SiteConfig(title, description, baseUrl, author, language, timezone, permalink, pagePermalink,
                postsPerPage, feedSize, theme, withoutTrailingSlash(url), contentDir, postSections, staticDirs, highlightCode, params,
                search, searchComments, shareLinks, migration);
    }

    /** Where the content lives, relative to the site root: empty for the root itself. */
    public java.nio.file.Path contentPath() {
        return java.nio.file.Path.of(contentDir);
    }

    /** A source path (relative to the site root) as seen from the content folder. */
    public java.nio.file.Path withinContent(java.nio.file.Path relative) {
        return contentDir.isEmpty() || !relative.startsWith(contentDir) ? relative : contentPath().relativize(relative);
    }

    /** The first folder of a source within the content (its section), or "" for a file at the top. */
    public String sectionOf(java.nio.file.Path relative) {
        java.nio.file.Path inner = withinContent(relative);
        return inner.getNameCount() > 1 ? inner.getName(0).toString() : "";
    }

    /** Server URLs are kept without a trailing slash, so that {@code url + "/path"} is always right. */
    static String withoutTrailingSlash(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(0, end);
    }

    public boolean hasComments() {
        return commentsUrl != null && !commentsUrl.isBlank();
    }
}
