package dev.colophon.site;

import dev.colophon.settings.SiteConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Sorts published pages into the site's lists: posts by date, tags, categories, years, in one linear pass each. */
public final class SiteAssembler {
    /** Newest first; undated posts last; ties broken by path so that output never depends on file order. */
    public static final Comparator<Page> NEWEST_FIRST = Comparator
            .comparing(Page::date, Comparator.nullsFirst(Comparator.<java.time.ZonedDateTime>naturalOrder()))
            .reversed()
            .thenComparing(p -> p.source().toString());

    /** @param embedScript the comment widget's path on the comment server (see {@link Site#embedScript()}) */
    public Site assemble(SiteConfig config, List<Page> published, String embedScript) {
        List<Page> posts = published.stream().filter(Page::post).sorted(NEWEST_FIRST).toList();
        List<Page> pages = published.stream().filter(p -> !p.post())
                .sorted(Comparator.comparing(Page::url)).toList();
        Map<Integer, List<Page>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Page post : posts) {
            if (post.date() != null) {
                years.computeIfAbsent(post.date().getYear(), k -> new ArrayList<>()).add(post);
            }
        }
        Map<Integer, List<Page>> frozenYears = new LinkedHashMap<>();
        years.forEach((year, list) -> frozenYears.put(year, List.copyOf(list)));
        // Zola lists a taxonomy's pages, dated or not (its docs' themes are pages); the others, their posts
        List<Page> termed = config.migration().is(dev.colophon.settings.peer.Generator.ZOLA)
                ? java.util.stream.Stream.concat(posts.stream(), pages.stream()).toList() : posts;
        return new Site(config, posts, pages, byTerm(termed, Page::tags), byTerm(termed, Page::categories), frozenYears,
                embedScript);
    }

    /** Each term (by slug, so "Java" and "java" are one) with its posts, newest first. */
    private static Map<Tag, List<Page>> byTerm(List<Page> posts, Function<Page, List<Tag>> terms) {
        Map<String, Tag> termsBySlug = new TreeMap<>();
        Map<String, List<Page>> postsBySlug = new TreeMap<>();
        for (Page post : posts) {
            for (Tag term : terms.apply(post)) {
                termsBySlug.putIfAbsent(term.slug(), term);
                postsBySlug.computeIfAbsent(term.slug(), k -> new ArrayList<>()).add(post);
            }
        }
        Map<Tag, List<Page>> byTerm = new LinkedHashMap<>();
        termsBySlug.forEach((slug, term) -> byTerm.put(term, List.copyOf(postsBySlug.get(slug))));
        return byTerm;
    }
}
