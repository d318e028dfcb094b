package dev.colophon.site;

import dev.colophon.content.Document;
import dev.colophon.settings.SiteConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Computes where a document is published from the site's permalink patterns or its own override. */
public final class Permalinks {
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(
            ":(slug|name|year|month|day|categories|section|subpath)\\b");
    private final SiteConfig config;

    public Permalinks(SiteConfig config) {
        this.config = config;
    }

    public String urlOf(Document doc) {
        boolean ownPattern = doc.url() != null && PLACEHOLDER.matcher(doc.url()).find(); // Jekyll's permalink: /:categories/:title/
        if (doc.url() != null && !ownPattern) {
            String url = doc.url();
            return url.endsWith("/") || url.endsWith(".html") ? url : url + "/";
        }
        List<String> folders = foldersOf(doc);
        String section = folders.isEmpty() ? "" : folders.get(0);
        String pattern = ownPattern ? doc.url() : config.migration().sectionPermalinks().get(section);
        if (pattern == null) {
            pattern = doc.isPost() ? config.permalink() : config.pagePermalink();
        }
        String subpath = folders.size() < 2 ? "" : String.join("/", folders.subList(1, folders.size())) + "/";
        if (isIndex(doc) && pattern.endsWith(":slug.html")) {
            pattern = pattern.substring(0, pattern.length() - ".html".length()) + "/"; // Jekyll's blog/index.md is /blog/
        }
        String categories = doc.categories().stream().map(c -> c.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'))
                .distinct().collect(java.util.stream.Collectors.joining("/"));
        String url = pattern.replace(":slug", doc.slug()).replace(":name", nameOf(doc)).replace(":section", section).replace(":subpath", subpath)
                .replace(":categories", categories);
        if (doc.date() != null) {
            url = url.replace(":year", padded(doc.date().getYear(), 4))
                    .replace(":month", padded(doc.date().getMonthValue(), 2))
                    .replace(":day", padded(doc.date().getDayOfMonth(), 2));
        } else {
            url = url.replace(":year", "undated").replace(":month/", "").replace(":day/", "");
        }
        return url.replaceAll("/{2,}", "/");
    }

    /** {@code String.format("%0Nd")} without its parser, which cost a tenth of an unchanged rebuild. */
    private static String padded(int number, int width) {
        if (number < 0) {
            return String.format("%0" + width + "d", number);
        }
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Jekyll's :name and :path: the file's whole name (a bundle's folder's), a date in it kept. */
    private String nameOf(Document doc) {
        String base = isIndex(doc) ? doc.path().getParent().getFileName().toString() : dev.colophon.content.Translations.baseName(doc.path());
        return dev.colophon.content.Slugs.ofFileName(config.migration().generator(), base);
    }

    /** The folders between the content and a source, without a bundle's own folder (its name is the slug). */
    private List<String> foldersOf(Document doc) {
        Path inner = config.withinContent(doc.path());
        Path parent = inner.getParent();
        if (isIndex(doc) && parent != null) {
            parent = parent.getParent();
        }
        List<String> folders = new ArrayList<>();
        if (parent != null) {
            parent.forEach(p -> folders.add(p.toString()));
        }
        return folders;
    }

    private static boolean isIndex(Document doc) {
        return dev.colophon.content.Translations.baseName(doc.path()).equals("index") && doc.path().getParent() != null;
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
