package dev.colophon.output;

import dev.colophon.site.Fingerprint;
import dev.colophon.site.Page;
import dev.colophon.site.Site;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes {@code sitemap.xml} (every post, page and list) and a {@code robots.txt} that points to it,
 * unless the site has its own.
 */
public final class SitemapRenderer {
    public static final String ROBOTS = OutputFormat.ROBOTS.fileName();

    public List<OutputFile> files(Site site, long global) {
        List<Page> all = new ArrayList<>(site.posts());
        all.addAll(site.pages());
        return List.of(
                OutputFile.text(OutputFormat.SITEMAP, OutputFormat.SITEMAP.fileName(), "sitemap",
                        Fingerprint.mix(global, Fingerprint.ofPages(all)), () -> sitemap(site)),
                OutputFile.text(OutputFormat.ROBOTS, ROBOTS, ROBOTS, global, () -> "User-agent: *\nAllow: /\n\nSitemap: "
                        + site.config().absolute("/" + OutputFormat.SITEMAP.fileName()) + "\n"));
    }

    private static String sitemap(Site site) {
        TreeMap<String, String> urls = new TreeMap<>(); // url -> lastmod, sorted for deterministic output
        urls.put(site.config().absolute("/"), "");
        List<Page> all = new ArrayList<>(site.posts());
        all.addAll(site.pages());
        for (Page page : all) {
            urls.put(page.permalink(), page.lastModified() == null ? ""
                    : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(page.lastModified()));
        }
        site.tags().keySet().forEach(tag -> urls.put(site.config().absolute(tag.url()), ""));
        site.categories().keySet().forEach(category -> urls.put(site.config().absolute(category.url()), ""));
        StringBuilder xml = new StringBuilder(128 + urls.size() * 120);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        urls.forEach((url, lastmod) -> {
            xml.append("  <url><loc>").append(escape(url)).append("</loc>");
            if (!lastmod.isEmpty()) {
                xml.append("<lastmod>").append(lastmod).append("</lastmod>");
            }
            xml.append("</url>\n");
        });
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
