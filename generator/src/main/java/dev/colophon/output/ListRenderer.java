package dev.colophon.output;

import dev.colophon.site.Fingerprint;
import dev.colophon.site.Page;
import dev.colophon.site.Pager;
import dev.colophon.site.Site;
import dev.colophon.site.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders the pages that list posts: home, tags, the tag index, the archive, and the 404 page. */
public final class ListRenderer {

    public List<OutputFile> files(Views views) {
        Site site = views.site();
        int perPage = site.config().postsPerPage();
        List<OutputFile> files = new ArrayList<>();
        for (Pager pager : Pager.paginate(site.posts(), perPage, "/")) {
            files.add(views.page(pager.url(), "index", "home page", shown(pager), Map.of("pager", pager)));
        }
        for (Map.Entry<Tag, List<Page>> entry : site.tags().entrySet()) {
            Tag tag = entry.getKey();
            for (Pager pager : Pager.paginate(entry.getValue(), perPage, tag.url())) {
                files.add(views.page(pager.url(), "tag", "tag " + tag.name(), Fingerprint.mix(Fingerprint.of(tag.name()),
                        shown(pager)), Map.of("tag", tag, "pager", pager)));
            }
        }
        List<Long> tagIndex = new ArrayList<>();
        site.tags().forEach((tag, posts) -> tagIndex.add(Fingerprint.mix(Fingerprint.of(tag.name()), posts.size())));
        files.add(views.page("/tags/", "tags", "tag index", Fingerprint.mixAll(0, tagIndex), Map.of()));
        files.add(views.page("/archive/", "archive", "archive", Fingerprint.ofPages(site.posts()), Map.of("years", site.years())));
        for (Map.Entry<Integer, List<Page>> year : site.years().entrySet()) {
            files.add(views.page("/archive/" + year.getKey() + "/", "archive", "archive " + year.getKey(),
                    Fingerprint.ofPages(year.getValue()), Map.of("years", Map.of(year.getKey(), year.getValue()), "year", year.getKey())));
        }
        files.add(views.page("/404.html", "404", "404 page", 0, Map.of()));
        return files;
    }

    private static long shown(Pager pager) {
        return Fingerprint.mix(pager.number(), pager.total(), Fingerprint.ofPages(pager.items()));
    }
}
