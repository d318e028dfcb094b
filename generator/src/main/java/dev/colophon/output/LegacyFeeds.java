package dev.colophon.output;

import dev.colophon.settings.peer.Generator;
import dev.colophon.site.Page;
import dev.colophon.site.Site;
import dev.colophon.site.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feeds another generator published, at the same paths and in the same format, so that existing
 * subscribers keep reading: Jekyll's Atom at {@code /feed.xml} (jekyll-feed), JBake's RSS there too,
 * Hugo's RSS at {@code index.xml} beside the home page, each section and each tag or category.
 */
final class LegacyFeeds {
    /**
     * One feed file.
     *
     * @param base the folder of the scope it copies (a tag's URL, or "/"), or of its section
     * @param section the section's name for a section feed, else null (the scope at {@code base})
     */
    record Feed(String path, String type, String base, String section, List<Page> posts) {
    }

    record Plan(List<Feed> feeds) {
    }

    private LegacyFeeds() {
    }

    static Plan of(Site site, List<Page> newest, int size) {
        Generator generator = site.config().migration().generator();
        List<Feed> feeds = new ArrayList<>();
        switch (generator) {
            case JEKYLL -> feeds.add(new Feed("feed.xml", "atom_1.0", "/", null, newest));
            case JBAKE -> feeds.add(new Feed("feed.xml", "rss_2.0", "/", null, newest));
            case HUGO -> {
                feeds.add(new Feed("index.xml", "rss_2.0", "/", null, newest));
                for (Map<Tag, List<Page>> terms : List.of(site.tags(), site.categories())) {
                    terms.keySet().forEach(t -> feeds.add(new Feed(t.url().substring(1) + "index.xml", "rss_2.0", t.url(), null, List.of())));
                }
                Map<String, List<Page>> sections = new LinkedHashMap<>();
                for (Page post : site.posts()) {
                    String section = site.config().sectionOf(post.source());
                    if (!section.isEmpty()) {
                        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(post);
                    }
                }
                sections.forEach((section, posts) -> feeds.add(new Feed(section + "/index.xml", "rss_2.0", "/" + section + "/", section,
                        posts.subList(0, Math.min(size, posts.size())))));
            }
            default -> {
            }
        }
        return new Plan(feeds);
    }
}
