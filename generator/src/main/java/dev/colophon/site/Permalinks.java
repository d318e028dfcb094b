package dev.colophon.site;

import dev.colophon.content.Document;

/** Computes where a document is published from the site's permalink patterns or its own override. */
public final class Permalinks {
    private final SiteConfig config;

    public Permalinks(SiteConfig config) {
        this.config = config;
    }

    public String urlOf(Document doc) {
        if (doc.url() != null) {
            String url = doc.url();
            return url.endsWith("/") || url.endsWith(".html") ? url : url + "/";
        }
        String pattern = doc.isPost() ? config.permalink() : config.pagePermalink();
        String url = pattern.replace(":slug", doc.slug()).replace(":section", config.sectionOf(doc.path()));
        if (doc.date() != null) {
            url = url.replace(":year", String.format("%04d", doc.date().getYear()))
                    .replace(":month", String.format("%02d", doc.date().getMonthValue()))
                    .replace(":day", String.format("%02d", doc.date().getDayOfMonth()));
        } else {
            url = url.replace(":year", "undated").replace(":month/", "").replace(":day/", "");
        }
        return url.replaceAll("/{2,}", "/");
    }

    /** The folder a URL's file lies in: {@code /a/b/} is {@code a/b/}, {@code /a/b.html} is {@code a/}. */
    public static String folderOf(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** The file that serves a URL: {@code /a/b/} is {@code a/b/index.html}. */
    public static String fileOf(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
