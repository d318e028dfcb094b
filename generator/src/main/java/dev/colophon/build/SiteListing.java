package dev.colophon.build;

import dev.colophon.markdown.SiteLists;
import dev.colophon.settings.SiteConfig;
import dev.colophon.site.Fingerprint;
import dev.colophon.site.JekyllPaginator;
import dev.colophon.site.Page;
import dev.colophon.site.SiteAssembler;
import dev.colophon.site.Tag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Jekyll's lists of the whole site, for the Liquid of the pages that ask for them: {@code site.posts}
 * (newest first), {@code site.tags} and {@code site.categories} (each name's posts, names in the
 * order Jekyll meets them, oldest post first), {@code site.pages}, {@code site.html_pages},
 * {@code site.documents}, each collection's documents, {@code site.related_posts} (Jekyll's without
 * {@code lsi}: the ten newest others) and {@code paginator}: Jekyll's pages of {@code paginate} posts on
 * the index page that {@code paginate_path} names ({@link JekyllPaginator}), else every post on one page.
 * A post is a hash of its front matter with {@code title}, {@code url}, {@code date}, {@code tags},
 * {@code categories}, {@code excerpt} and {@code content} (read only when asked for).
 */
final class SiteListing {
    private static final int RELATED = 10;

    private final List<Object> posts = new ArrayList<>();
    private final Map<Path, Object> bySource = new HashMap<>();
    private final Map<String, Object> lists = new HashMap<>();
    /** The site's paginator, or null: then a page that asks for one gets every post on one page. */
    private final JekyllPaginator paginator;
    private final SiteConfig config;
    /** What the lists are made of: a page that lists the site is rendered again when it changes. */
    private final long fingerprint;

    /**
     * @param config the site's settings, for its collections
     * @param published every published page, those that list the site as rendered without the lists
     */
    SiteListing(SiteConfig config, List<Page> published) {
        this(config, published, Path.of(""), Map.of());
    }

    /**
     * @param root the site's folder, for {@code site.collections}' directories and the files' times
     * @param assets the files published as they are, within {@code root}, with their fingerprints
     */
    SiteListing(SiteConfig config, List<Page> published, Path root, Map<Path, Long> assets) {
        this.config = config;
        this.paginator = JekyllPaginator.of(config, published.stream().map(p -> config.withinContent(p.source())).toList());
        Map<String, List<Object>> collections = new LinkedHashMap<>();
        if (config.migration().variables().get("collections") instanceof Map<?, ?> named) {
            named.keySet().forEach(name -> collections.put(String.valueOf(name), new ArrayList<>()));
        }
        List<Object> pages = new ArrayList<>();
        List<Object> htmlPages = new ArrayList<>();
        List<Long> parts = new ArrayList<>();
        for (Page page : published) { // sorted by source path
            Map<String, Object> item = item(config, page);
            bySource.put(page.source(), item);
            parts.add(Fingerprint.mix(page.fingerprint(), Fingerprint.of(page.url())));
            String collection = collectionOf(config, page, collections);
            if (collection != null) {
                collections.get(collection).add(item);
            } else if (!page.post()) {
                pages.add(item);
                if (page.url().endsWith("/") || page.url().endsWith(".html")) {
                    htmlPages.add(item);
                }
            }
        }
        List<Page> newest = published.stream().filter(Page::post).sorted(SiteAssembler.NEWEST_FIRST).toList();
        newest.forEach(post -> posts.add(bySource.get(post.source())));
        List<Page> oldest = new ArrayList<>(newest);
        java.util.Collections.reverse(oldest);
        lists.put("posts", posts);
        lists.put("pages", pages);
        lists.put("html_pages", htmlPages);
        lists.put("tags", byName(oldest, Page::tags));
        lists.put("categories", byName(oldest, Page::categories));
        List<Object> documents = new ArrayList<>(posts);
        collections.values().forEach(documents::addAll);
        lists.put("documents", documents);
        lists.putAll(collections);
        Map<String, List<Object>> labelled = new LinkedHashMap<>(collections);
        labelled.put("posts", posts);
        lists.put("collections", JekyllCollections.collections(root, config, labelled));
        List<Path> files = List.copyOf(assets.keySet());
        lists.put("static_files", (Supplier<Object>) () -> JekyllCollections.staticFiles(root, config, files));
        lists.put("html_files", (Supplier<Object>) () -> JekyllCollections.staticFiles(root, config, files.stream()
                .filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".htm")).toList()));
        assets.forEach((path, print) -> parts.add(Fingerprint.mix(Fingerprint.of(path.toString()), print)));
        this.fingerprint = Fingerprint.mixAll(Fingerprint.of("site-lists"), parts);
    }

    long fingerprint() {
        return fingerprint;
    }

    /** The lists as the page of {@code source} sees them: its related posts, and the first page of the paginator. */
    SiteLists forPage(Path source) {
        return forPage(source, 1);
    }

    /** The lists as page {@code number} of the paginated index at {@code source} sees them (1 for any other page). */
    SiteLists forPage(Path source, int number) {
        Map<String, Object> own = new HashMap<>(lists);
        Object self = bySource.get(source);
        own.put("related_posts", posts.stream().filter(p -> p != self).limit(RELATED).toList());
        if (paginates(source)) {
            return SiteLists.of(own, paginator.paginator(number, posts, firstUrl(source)));
        }
        Map<String, Object> all = new HashMap<>();
        all.put("posts", posts);
        all.put("page", 1);
        all.put("per_page", posts.size());
        all.put("total_posts", posts.size());
        all.put("total_pages", 1);
        return SiteLists.of(own, all); // previous_page, next_page and their paths: nil, as on a last page
    }

    /** Whether {@code source} is the index Jekyll paginates: then its paginator is Jekyll's, not an approximation. */
    boolean paginates(Path source) {
        return paginator != null && paginator.template() != null && paginator.template().equals(config.withinContent(source));
    }

    /** How many pages the index at {@code source} is written as: Jekyll's paginator's, else one. */
    int pagesOf(Path source) {
        if (!paginates(source)) {
            return 1;
        }
        return paginator.pages(JekyllPaginator.shown(posts).size());
    }

    /** Where page {@code number} of the paginated index at {@code source} is written. */
    String urlOf(Path source, int number) {
        return paginator.url(number, firstUrl(source));
    }

    private String firstUrl(Path source) {
        return bySource.get(source) instanceof Map<?, ?> item ? String.valueOf(item.get("url")) : "/";
    }

    private static Map<String, Object> item(SiteConfig config, Page page) {
        Map<String, Object> item = new HashMap<>(page.params()); // front matter first, as Jekyll's document data
        item.put("title", page.title());
        item.put("url", page.url());
        item.put("id", page.url());
        item.put("date", page.date());
        item.put("tags", page.tags().stream().map(Tag::name).toList());
        item.put("categories", page.categories().stream().map(Tag::name).toList());
        item.put("excerpt", page.summary().toString());
        item.put("description", page.description());
        item.put("path", config.withinContent(page.source()).toString());
        item.put("layout", page.layout());
        item.put("draft", page.draft());
        if (!page.authors().isEmpty()) {
            item.putIfAbsent("author", page.authors().size() == 1 ? page.authors().get(0) : page.authors());
        }
        item.put("content", (Supplier<Object>) () -> page.content().toString());
        return item;
    }

    /** The collection a page's source is in ({@code _projects/a.md}), if the site names it. */
    private static String collectionOf(SiteConfig config, Page page, Map<String, List<Object>> collections) {
        Path within = config.withinContent(page.source());
        String first = within.getNameCount() > 1 ? within.getName(0).toString() : "";
        return first.startsWith("_") && collections.containsKey(first.substring(1)) ? first.substring(1) : null;
    }

    /** Each tag's (or category's) posts, newest first, the names in the order the oldest posts give them. */
    private Map<String, Object> byName(List<Page> oldest, java.util.function.Function<Page, List<Tag>> names) {
        Map<String, List<Object>> byName = new LinkedHashMap<>();
        for (Page post : oldest) {
            for (Tag tag : names.apply(post)) {
                byName.computeIfAbsent(tag.name(), k -> new ArrayList<>()).add(0, bySource.get(post.source()));
            }
        }
        return new LinkedHashMap<>(byName);
    }
}
