package dev.colophon.output;

import dev.colophon.settings.SiteConfig;
import dev.colophon.settings.peer.Generator;
import dev.colophon.site.Fingerprint;
import dev.colophon.site.Page;
import dev.colophon.site.Pager;
import dev.colophon.site.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Renders Hugo's and Zola's section list pages ({@code /posts/}): the index's title and text, then
 * the section's pages (those of a Zola transparent subsection too) in its {@code sort_by} order,
 * {@code paginate_by} a page; and what else a Zola section's index asks for: its {@code redirect_to}
 * instead of the list, redirects from its {@code aliases}, and its own feeds ({@code generate_feeds});
 * with {@code render = false}, its feeds and aliases only; later pages in its {@code paginate_path}.
 */
public final class SectionRenderer {
    private static final Comparator<Page> NEWEST_FIRST = Comparator.comparing(Page::date,
            Comparator.nullsLast(Comparator.<java.time.ZonedDateTime>reverseOrder())).thenComparing(Page::title);

    public List<OutputFile> files(Views views, List<Section> sections) {
        if (sections.isEmpty() || !views.hasTemplate("section")) {
            return List.of();
        }
        SiteConfig config = views.site().config();
        Map<Path, Section> byFolder = new LinkedHashMap<>();
        sections.forEach(s -> byFolder.put(s.folder(), s));
        Map<Section, List<Page>> listed = new LinkedHashMap<>();
        sections.forEach(s -> listed.put(s, new ArrayList<>()));
        Stream.concat(views.site().posts().stream(), views.site().pages().stream()).forEach(page -> {
            for (Section s = nearest(byFolder, folderOf(config, page)); s != null; s = nearest(byFolder, s.folder().getParent())) {
                listed.get(s).add(page);
                if (!s.transparent()) {
                    break;
                }
            }
        });
        List<OutputFile> files = new ArrayList<>();
        FeedRenderer feeds = new FeedRenderer();
        listed.forEach((section, pages) -> {
            pages.sort(order(section.sortBy()));
            String origin = "section " + section.folder();
            for (String file : section.feedFiles()) { // Zola's generate_feeds: the section's dated pages, newest first
                List<Page> dated = pages.stream().filter(p -> p.date() != null).sorted(NEWEST_FIRST).toList();
                files.add(feeds.sectionFeed(views.site(), views.global(), section.title().isBlank()
                        ? section.folder().getFileName().toString() : section.title(), section.url(), file, dated));
            }
            String permalink = config.absolute(section.url());
            for (String alias : section.aliases()) { // Zola's and Hugo's aliases of a section: redirects to its list
                files.add(RedirectPage.at(AliasRenderer.normalize(alias), permalink, origin + " (alias)",
                        Fingerprint.mix(views.global(), section.fingerprint())));
            }
            if (!section.render()) { // Zola's render = false: its feeds and aliases above, no list
                return;
            }
            if (!section.redirectTo().isEmpty()) { // Zola's redirect_to: the list's URL redirects instead
                files.add(RedirectPage.at(section.url(), section.redirectTo(), origin, Fingerprint.mix(views.global(), section.fingerprint())));
                return;
            }
            if (section.paginateReversed()) {
                java.util.Collections.reverse(pages);
            }
            int perPage = section.paginateBy() > 0 ? section.paginateBy() : Math.max(1, pages.size());
            if (section.paginateBy() > 0 && config.migration().is(Generator.ZOLA)) {
                // Zola writes the first page's own folder too, /blog/page/1/, as a redirect to the list
                String first = section.url() + (section.paginatePath().isEmpty() ? "" : section.paginatePath() + "/") + "1/";
                files.add(RedirectPage.at(first, permalink, origin + " (first page)",
                        Fingerprint.mix(views.global(), section.fingerprint())));
            }
            for (Pager pager : Pager.paginate(pages, perPage, section.url(), section.paginatePath())) {
                long shown = Fingerprint.mix(section.fingerprint(), pager.number(), pager.total(), Fingerprint.ofPages(pager.items()));
                files.add(views.page(pager.url(), "section", origin, shown,
                        Map.of("section", section, "pager", pager)));
            }
        });
        return files;
    }

    /** The folder a page lies in within the content; a bundle's (post/index.md) is the one around its own. */
    private static Path folderOf(SiteConfig config, Page page) {
        Path inner = config.withinContent(page.source());
        Path folder = inner.getParent();
        boolean bundle = inner.getFileName().toString().startsWith("index.");
        return bundle && folder != null ? folder.getParent() : folder;
    }

    private static Section nearest(Map<Path, Section> byFolder, Path folder) {
        for (Path f = folder; f != null; f = f.getParent()) {
            Section s = byFolder.get(f);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** Zola's sort_by: date (newest first), title, weight (lightest first); anything else by file. */
    private static Comparator<Page> order(String sortBy) {
        return switch (sortBy) {
            case "title", "title_bytes" -> Comparator.comparing(Page::title, String.CASE_INSENSITIVE_ORDER);
            case "weight" -> Comparator.comparingInt((Page p) -> p.params().get("weight") instanceof Number n ? n.intValue() : 0)
                    .thenComparing(NEWEST_FIRST);
            case "none" -> Comparator.comparing(Page::source);
            default -> NEWEST_FIRST;
        };
    }
}
