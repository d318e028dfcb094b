package dev.colophon.site;

import dev.colophon.content.Document;
import dev.colophon.content.Slugs;
import dev.colophon.settings.SiteConfig;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Joins a document with its rendered body into the {@link Page} templates see. */
public final class PageFactory {
    private final SiteConfig config;
    private final Permalinks permalinks;
    /** Tags and categories by name: 100,000 posts name a few hundred terms, each held once. */
    private final Map<String, Tag> terms = new ConcurrentHashMap<>();
    private final String tagsUrl;
    private final String categoriesUrl;

    public PageFactory(SiteConfig config) {
        this.config = config;
        this.permalinks = new Permalinks(config);
        this.tagsUrl = config.tagsUrl();
        this.categoriesUrl = config.categoriesUrl();
    }

    public Page create(Document doc, PageBody body, long fingerprint, boolean scheduled) {
        String url = permalinks.urlOf(doc);
        List<Tag> tags = doc.tags().stream().map(name -> shared(name, tagsUrl)).toList();
        List<Tag> categories = doc.categories().stream().map(name -> shared(name, categoriesUrl)).toList();
        String description = doc.summary() != null ? doc.summary() : body.summaryText();
        // Rendered Markdown is marked safe for templates here (the summary) and in Page.content (the body) only.
        return new Page(doc.path(), doc.isPost(), url, config.absolute(url), doc.title(), doc.date(), doc.updated(),
                tags, categories, description, body.html(), new SafeString(body.summaryHtml()), body.words(),
                body.readingMinutes(), doc.draft(), doc.comments(), doc.authors(), doc.aliases(), doc.layout(),
                doc.params(), imageUrl(doc.image(), url), scheduled, Fingerprint.mix(fingerprint, scheduled ? 1 : 0));
    }

    /** The absolute URL of a site-relative path. */
    public String permalinkOf(String url) {
        return config.absolute(url);
    }

    /** An image as written, made absolute: a full URL as it is, {@code /img/a.png} on the site, {@code a.png} beside the page. */
    private String imageUrl(String image, String pageUrl) {
        if (image == null || image.matches("(?i)https?://.*")) {
            return image;
        }
        if (image.startsWith("//")) {
            return "https:" + image;
        }
        if (image.startsWith("/")) {
            return config.absolute(image);
        }
        return config.absolute("/" + Permalinks.folderOf(pageUrl) + image);
    }

    public static Tag tag(String name) {
        return term(name, "/tags/");
    }

    /** A category (Hugo's and Jekyll's second taxonomy): a term like a tag, listed under /categories/. */
    public static Tag category(String name) {
        return term(name, "/categories/");
    }

    /** The one {@link Tag} of a term's name under its list. */
    private Tag shared(String name, String listedUnder) {
        return terms.computeIfAbsent(listedUnder + name, key -> term(name, listedUnder));
    }

    private static Tag term(String name, String listedUnder) {
        String slug = Slugs.term(name);
        return new Tag(name, slug, listedUnder + slug + "/");
    }
}
