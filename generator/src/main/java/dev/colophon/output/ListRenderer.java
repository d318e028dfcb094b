package dev.colophon.output;

import dev.colophon.site.Fingerprint;
import dev.colophon.site.JekyllPaginator;
import dev.colophon.site.Page;
import dev.colophon.site.Pager;
import dev.colophon.site.Site;
import dev.colophon.site.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders the pages that list posts: home, tags and categories with their indexes, the archive, and the 404 page. */
public final class ListRenderer {

    public List<OutputFile> files(Views views) {
        Site site = views.site();
        int perPage = site.config().postsPerPage();
        List<OutputFile> files = new ArrayList<>();
        JekyllPaginator jekyll = JekyllPaginator.of(site.config(), site.pages().stream().map(p -> site.config().withinContent(p.source())).toList());
        java.util.function.IntFunction<String> homeUrl = jekyll != null && jekyll.template() == null
                ? n -> jekyll.url(n, "/") : n -> n == 1 ? "/" : "/page/" + n + "/"; // Jekyll's home keeps its paginate_path
        for (Pager pager : Pager.paginate(site.posts(), perPage, homeUrl)) {
            files.add(views.page(pager.url(), "index", "home page", shown(pager), Map.of("pager", pager)));
        }
        terms(views, site.tags(), "tag", "tags", site.config().tagsUrl(), true, files);
        terms(views, site.categories(), "category", "categories", site.config().categoriesUrl(), false, files);
        files.add(views.page("/archive/", "archive", "archive", Fingerprint.ofPages(site.posts()), Map.of("years", site.years())));
        for (Map.Entry<Integer, List<Page>> year : site.years().entrySet()) {
            files.add(views.page("/archive/" + year.getKey() + "/", "archive", "archive " + year.getKey(),
                    Fingerprint.ofPages(year.getValue()), Map.of("years", Map.of(year.getKey(), year.getValue()), "year", year.getKey())));
        }
        files.add(views.page("/404.html", "404", "404 page", 0, Map.of()));
        return files;
    }

    /** A paginated page per term, and the index of all terms (the tag index even when empty). */
    private static void terms(Views views, Map<Tag, List<Page>> terms, String template, String indexTemplate, String indexUrl,
                              boolean alwaysIndexed, List<OutputFile> files) {
        int perPage = views.site().config().postsPerPage();
        for (Map.Entry<Tag, List<Page>> entry : terms.entrySet()) {
            Tag term = entry.getKey();
            for (Pager pager : Pager.paginate(entry.getValue(), perPage, term.url())) {
                files.add(views.page(pager.url(), template, template + " " + term.name(), Fingerprint.mix(Fingerprint.of(term.name()),
                        shown(pager)), Map.of(template, term, "pager", pager)));
            }
        }
        if (alwaysIndexed || !terms.isEmpty()) {
            List<Long> index = new ArrayList<>();
            terms.forEach((term, posts) -> index.add(Fingerprint.mix(Fingerprint.of(term.name()), posts.size())));
            files.add(views.page(indexUrl, indexTemplate, template + " index", Fingerprint.mixAll(0, index), Map.of()));
        }
    }

    private static long shown(Pager pager) {
        return Fingerprint.mix(pager.number(), pager.total(), Fingerprint.ofPages(pager.items()));
    }
}
