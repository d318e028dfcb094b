package dev.colophon.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sorts published pages into the site's lists: posts by date, tags, years, in one linear pass each. */
public final class SiteAssembler {
    /** Newest first; undated posts last; ties broken by path so that output never depends on file order. */
    public static final Comparator<Page> NEWEST_FIRST = Comparator
            .comparing(Page::date, Comparator.nullsFirst(Comparator.<java.time.ZonedDateTime>naturalOrder()))
            .reversed()
            .thenComparing(p -> p.source().toString());

    public Site assemble(SiteConfig config, List<Page> published) {
        List<Page> posts = published.stream().filter(Page::post).sorted(NEWEST_FIRST).toList();
        List<Page> pages = published.stream().filter(p -> !p.post())
                .sorted(Comparator.comparing(Page::url)).toList();
        Map<String, Tag> tagsBySlug = new TreeMap<>();
        Map<String, List<Page>> postsBySlug = new TreeMap<>();
        Map<Integer, List<Page>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Page post : posts) {
            for (Tag tag : post.tags()) {
                tagsBySlug.putIfAbsent(tag.slug(), tag);
                postsBySlug.computeIfAbsent(tag.slug(), k -> new ArrayList<>()).add(post);
            }
            if (post.date() != null) {
                years.computeIfAbsent(post.date().getYear(), k -> new ArrayList<>()).add(post);
            }
        }
        Map<Tag, List<Page>> tags = new LinkedHashMap<>();
        tagsBySlug.forEach((slug, tag) -> tags.put(tag, List.copyOf(postsBySlug.get(slug))));
        Map<Integer, List<Page>> frozenYears = new LinkedHashMap<>();
        years.forEach((year, list) -> frozenYears.put(year, List.copyOf(list)));
        return new Site(config, posts, pages, tags, frozenYears);
    }
}
