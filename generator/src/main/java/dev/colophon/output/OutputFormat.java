package dev.colophon.output;

import java.util.List;

/**
 * What kind of file an output is, as data, the way Hugo's output formats are: a name, the media type
 * the file is served with, and the base name and extension of its file. The renderers name their files
 * from it; the preview serves each file with its media type instead of guessing from the path.
 *
 * @param name what the format is called in messages and docs/architecture.md
 * @param mediaType the Content-Type it is served with: what static hosts send for its extension, so that
 *     the preview shows a file as the published site will (a feed as XML: browsers download
 *     {@code application/atom+xml} rather than show it)
 * @param baseName the file's name without its extension ({@code index} in a page's folder)
 * @param extension without the dot; "" for a file that has none ({@code _redirects})
 */
public record OutputFormat(String name, String mediaType, String baseName, String extension) {
    private static final String XML = "application/xml; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";

    public static final OutputFormat HTML = new OutputFormat("html", "text/html; charset=utf-8", "index", "html");
    public static final OutputFormat ATOM = new OutputFormat("atom", XML, "atom", "xml");
    public static final OutputFormat RSS = new OutputFormat("rss", XML, "rss", "xml");
    public static final OutputFormat JSON_FEED = new OutputFormat("jsonfeed", "application/json", "feed", "json");
    public static final OutputFormat SITEMAP = new OutputFormat("sitemap", XML, "sitemap", "xml");
    public static final OutputFormat ROBOTS = new OutputFormat("robots", TEXT, "robots", "txt");
    /** Netlify's and Cloudflare Pages' redirect rules (plain text: they have no media type of their own). */
    public static final OutputFormat REDIRECTS = new OutputFormat("redirects", TEXT, "_redirects", "");

    /** The formats Colophon renders, as Hugo's default output formats; files published as they are come with {@link #ofFile}. */
    public static final List<OutputFormat> RENDERED = List.of(HTML, ATOM, RSS, JSON_FEED, SITEMAP, ROBOTS, REDIRECTS);

    /** The file's name: {@code atom.xml}, {@code _redirects}. */
    public String fileName() {
        return extension.isEmpty() ? baseName : baseName + "." + extension;
    }

    /** A page a browser shows, into which the preview puts its reload script. */
    public boolean isHtml() {
        return mediaType.startsWith("text/html");
    }

    /**
     * A file published as it is (an image, a static folder's file) or rendered under a name of its own
     * (a search shard, a migrated site's {@code feed.xml} page): known by its extension, as a static host knows it.
     */
    public static OutputFormat ofFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return new OutputFormat("file", MediaTypes.of(extension), dot < 0 ? name : name.substring(0, dot), extension);
    }

    /** A page rendered from a template: HTML, unless its permalink names a file of another kind. */
    public static OutputFormat ofPage(String path) {
        return path.endsWith("." + HTML.extension) ? HTML : ofFile(path);
    }
}
