package dev.colophon.site;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A Hugo or Zola section's list page, as its {@code _index.md} describes it (or a Hugo top-level
 * folder without one): where it is published and how it lists its pages.
 *
 * @param folder the section's folder within the content ({@code posts}, {@code blog/2020})
 * @param url the list's URL, {@code /posts/}
 * @param content the index's rendered Markdown, shown above the list
 * @param sortBy Zola's {@code sort_by}: date (newest first, the default here), title, weight or none (by file)
 * @param paginateBy pages a list page shows; 0 for all on one
 * @param transparent Zola's {@code transparent}: its pages are listed in the parent section too
 * @param fingerprint a hash of the index file, for incremental builds
 * @param subsections the sections directly below it (Zola's {@code subsections}, Hugo's {@code .Sections}),
 *     by weight then title
 * @param extra Zola's {@code [extra]} (Hugo's other front matter keys), for a site's own templates
 * @param redirectTo Zola's {@code redirect_to}: the absolute URL its list page redirects to, or "" for a list
 * @param aliases its old paths (Zola's and Hugo's {@code aliases}), each a redirect to its list
 * @param feedFiles the feed files Zola's {@code generate_feeds} writes in its folder ({@code atom.xml}), or none
 * @param render false for Zola's {@code render = false}: no list page (nor its {@code redirect_to}), but its
 *     pages stay its own, and its feeds and aliases are written, as Zola writes them
 * @param paginatePath the folder of the list's later pages, Zola's {@code paginate_path} ({@code page}:
 *     {@code /blog/page/2/}; "" for {@code /blog/2/})
 * @param paginateReversed Zola's {@code paginate_reversed}: the list in the opposite of its {@code sort_by} order
 */
public record Section(Path folder, String url, String title, SafeString content, String sortBy, int paginateBy,
                      boolean transparent, long fingerprint, List<Link> subsections, Map<String, Object> extra,
                      String redirectTo, List<String> aliases, List<String> feedFiles, boolean render, String paginatePath,
                      boolean paginateReversed) {
    /** A link to a subsection: its URL and title. */
    public record Link(String url, String title) {
    }

    /** This section with the sections below it. */
    public Section withSubsections(List<Link> links) {
        return new Section(folder, url, title, content, sortBy, paginateBy, transparent, fingerprint, List.copyOf(links), extra,
                redirectTo, aliases, feedFiles, render, paginatePath, paginateReversed);
    }
}
