package dev.colophon.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.colophon.settings.SiteConfig;
import dev.colophon.site.Fingerprint;
import dev.colophon.site.Page;
import dev.colophon.site.Site;
import dev.colophon.site.Tag;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes Atom, RSS 2.0 and JSON Feed documents for the whole site, each tag and each category. Posts carry their
 * full HTML with absolute links, so images beside a post show in any feed reader.
 */
public final class FeedRenderer {
    /** A feed's entries have dates: a Zola term lists undated pages too, which its feed leaves out as Zola's does. */
    private static List<Page> dated(List<Page> pages) {
        return pages.stream().allMatch(p -> p.date() != null) ? pages : pages.stream().filter(p -> p.date() != null).toList();
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** ROME's names of the two syndication formats. */
    private static final String ATOM = "atom_1.0";
    private static final String RSS = "rss_2.0";

    /** Each post's HTML with absolute links, made once however many feeds carry it. */
    private final Map<String, String> feedHtml = new ConcurrentHashMap<>();

    /** A feed's scope: its title, the HTML page it mirrors and where its files go. */
    private record Scope(String title, String pageUrl, String base, List<Page> posts) {
    }

    public List<OutputFile> files(Site site, long global) {
        int size = site.config().feedSize();
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(site.title(), "/", "/", limit(site.posts(), size)));
        for (Map<Tag, List<Page>> terms : List.of(site.tags(), site.categories())) {
            for (Map.Entry<Tag, List<Page>> term : terms.entrySet()) {
                scopes.add(new Scope(site.title() + " – " + term.getKey().name(), term.getKey().url(),
                        term.getKey().url(), limit(dated(term.getValue()), size)));
            }
        }
        List<OutputFile> files = new ArrayList<>(scopes.size() * 3);
        for (Scope scope : scopes) {
            String origin = "feed " + scope.pageUrl();
            long shown = Fingerprint.mix(global, Fingerprint.of(scope.title() + scope.base()), Fingerprint.ofPages(scope.posts()));
            files.add(OutputFile.text(OutputFormat.ATOM, path(scope, OutputFormat.ATOM), origin, shown,
                    () -> syndication(site.config(), scope, ATOM, OutputFormat.ATOM.fileName())));
            files.add(OutputFile.text(OutputFormat.RSS, path(scope, OutputFormat.RSS), origin, shown,
                    () -> syndication(site.config(), scope, RSS, OutputFormat.RSS.fileName())));
            files.add(OutputFile.text(OutputFormat.JSON_FEED, path(scope, OutputFormat.JSON_FEED), origin, shown,
                    () -> jsonFeed(site.config(), scope)));
        }
        LegacyFeeds.Plan legacy = LegacyFeeds.of(site, scopes.get(0).posts(), size);
        for (LegacyFeeds.Feed f : legacy.feeds()) {
            Scope scope = f.section() == null ? scopes.stream().filter(sc -> sc.base().equals(f.base())).findFirst().orElse(null)
                    : new Scope(site.title() + " – " + f.section(), f.base(), f.base(), f.posts());
            if (scope == null) {
                continue;
            }
            long shown = Fingerprint.mix(global, Fingerprint.of(scope.title() + f.path()), Fingerprint.ofPages(scope.posts()));
            files.add(OutputFile.text(f.type().equals(ATOM) ? OutputFormat.ATOM : OutputFormat.RSS, f.path(), "feed " + scope.pageUrl(), shown,
                    () -> syndication(site.config(), scope, f.type(), f.path().substring(f.path().lastIndexOf('/') + 1))));
        }
        return files;
    }

    /**
     * One feed of a section's posts in its folder (Zola's {@code generate_feeds}): {@code rss.xml} in
     * RSS 2.0, any other name in Atom. The posts are the newest first, as many as the site's feed size.
     */
    public OutputFile sectionFeed(Site site, long global, String title, String sectionUrl, String fileName, List<Page> posts) {
        Scope scope = new Scope(site.title() + " – " + title, sectionUrl, sectionUrl, limit(posts, site.config().feedSize()));
        String type = fileName.equals("rss.xml") ? RSS : ATOM;
        long shown = Fingerprint.mix(global, Fingerprint.of(scope.title() + sectionUrl + fileName), Fingerprint.ofPages(scope.posts()));
        return OutputFile.text(type.equals(ATOM) ? OutputFormat.ATOM : OutputFormat.RSS, sectionUrl.substring(1) + fileName,
                "feed " + sectionUrl, shown, () -> syndication(site.config(), scope, type, fileName));
    }

    private static List<Page> limit(List<Page> posts, int size) {
        return posts.subList(0, Math.min(size, posts.size()));
    }

    private static String path(Scope scope, OutputFormat format) {
        return scope.base().substring(1) + format.fileName();
    }

    private String syndication(SiteConfig config, Scope scope, String type, String name) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(scope.title());
        feed.setDescription(config.description().isEmpty() ? scope.title() : config.description());
        feed.setLink(config.absolute(scope.pageUrl()));
        feed.setUri(config.absolute(scope.pageUrl()));
        feed.setLanguage(config.language());
        feed.setLinks(List.of(link(config.absolute(scope.pageUrl()), "alternate", "text/html"),
                link(config.absolute(scope.base() + name), "self",
                        type.startsWith("atom") ? "application/atom+xml" : "application/rss+xml")));
        feed.setPublishedDate(date(latest(scope.posts())));
        if (!config.author().isEmpty()) {
            feed.setAuthor(config.author());
        }
        List<SyndEntry> entries = new ArrayList<>();
        for (Page post : scope.posts()) {
            entries.add(entry(config, post));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write feed " + scope.base() + name, e);
        }
    }

    private SyndEntry entry(SiteConfig config, Page post) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(post.title());
        entry.setLink(post.permalink());
        entry.setUri(post.permalink());
        entry.setPublishedDate(date(post.date()));
        entry.setUpdatedDate(date(post.lastModified()));
        String author = post.authors().isEmpty() ? config.author() : String.join(", ", post.authors());
        if (!author.isEmpty()) {
            entry.setAuthor(author);
        }
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(post.description());
        entry.setDescription(summary);
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(htmlOf(post));
        entry.setContents(List.of(content));
        List<SyndCategory> categories = new ArrayList<>();
        for (Tag tag : post.categories()) { // feed categories carry both taxonomies
            SyndCategory category = new SyndCategoryImpl();
            category.setName(tag.name());
            categories.add(category);
        }
        for (Tag tag : post.tags()) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(tag.name());
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }

    private String jsonFeed(SiteConfig config, Scope scope) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", scope.title());
        feed.put("home_page_url", config.absolute(scope.pageUrl()));
        feed.put("feed_url", config.absolute(scope.base() + "feed.json"));
        feed.put("language", config.language());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Page post : scope.posts()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", post.permalink());
            item.put("url", post.permalink());
            item.put("title", post.title());
            item.put("content_html", htmlOf(post));
            item.put("summary", post.description());
            if (post.image() != null) {
                item.put("image", post.image());
            }
            item.put("date_published", iso(post.date()));
            item.put("date_modified", iso(post.lastModified()));
            item.put("tags", post.tags().stream().map(Tag::name).toList());
            items.add(item);
        }
        feed.put("items", items);
        try {
            return JSON.writeValueAsString(feed) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String htmlOf(Page post) {
        return feedHtml.computeIfAbsent(post.permalink(), permalink -> AbsoluteLinks.in(post.content().toString(), permalink));
    }

    private static ZonedDateTime latest(List<Page> posts) {
        return posts.stream().map(Page::lastModified).filter(d -> d != null)
                .max(ZonedDateTime::compareTo).orElse(null);
    }

    private static Date date(ZonedDateTime time) {
        return time == null ? new Date(0) : Date.from(time.toInstant());
    }

    private static String iso(ZonedDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
