package dev.colophon.comments.internal.stats.sitemap;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A sitemap (sitemaps.org) read for its pages' paths: a {@code urlset} lists pages, a {@code sitemapindex}
 * lists further sitemaps. jsoup's XML parser resolves no external entities, so a hostile file cannot
 * make the server read anything else.
 */
public record Sitemap(Set<String> paths, List<URI> sitemaps) {

    /** The sitemap in {@code xml}, or null when it is not one (an HTML error page, a feed). */
    public static Sitemap parse(String xml, URI at) {
        Document doc = Jsoup.parse(xml, at.toString(), Parser.xmlParser());
        if (doc.selectFirst("urlset, sitemapindex") == null) {
            return null;
        }
        Set<String> paths = new LinkedHashSet<>();
        for (Element loc : doc.select("urlset > url > loc")) {
            URI url = uri(loc.text(), at);
            if (url != null && url.getRawPath() != null) {
                paths.add(url.getRawPath().isEmpty() ? "/" : url.getRawPath());
                if (url.getPath() != null && !url.getPath().isEmpty()) {
                    paths.add(url.getPath()); // a page that names itself unescaped (location.pathname escapes)
                }
            }
        }
        List<URI> sitemaps = new ArrayList<>();
        for (Element loc : doc.select("sitemapindex > sitemap > loc")) {
            URI url = uri(loc.text(), at);
            if (url != null) {
                sitemaps.add(url);
            }
        }
        return new Sitemap(Set.copyOf(paths), List.copyOf(sitemaps));
    }

    private static URI uri(String text, URI base) {
        try {
            return base.resolve(text.strip());
        } catch (IllegalArgumentException e) {
            return null; // one bad entry does not spoil the others
        }
    }
}
