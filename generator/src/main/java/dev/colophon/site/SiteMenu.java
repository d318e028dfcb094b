package dev.colophon.site;

import dev.colophon.settings.MenuEntry;
import dev.colophon.settings.SiteConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The header's links: the site's menu (site.yml's {@code menu}, Hugo's {@code menu.main}, Jekyll's
 * {@code header_pages}, a Zola {@code extra.menu}), else at most a handful of top-level pages, so
 * that a site with dozens of pages does not list all of them. Each link's URL is root-relative (or a full URL), as the theme's links are.
 */
final class SiteMenu {
    /** Without a menu, the header shows at most this many pages. */
    static final int HANDFUL = 5;

    private SiteMenu() {
    }

    static List<MenuEntry> of(SiteConfig config, List<Page> pages) {
        List<MenuEntry> written = config.migration().menu();
        List<MenuEntry> menu = new ArrayList<>();
        if (!written.isEmpty()) {
            for (MenuEntry entry : written) {
                Page page = pageOf(entry.url(), config, pages);
                if (page == null && entry.url().matches("[^/:]+.*\\.(md|markdown|html)")) {
                    continue; // a source file that is not there, as Jekyll's header_pages skips it
                }
                String url = page != null ? page.url() : entry.url();
                String title = entry.title() != null ? entry.title() : page != null ? page.title() : entry.url();
                boolean external = url.matches("(?i)[a-z]+:.*|//.*");
                String path = url.startsWith("/") ? url : "/" + url;
                menu.add(external ? new MenuEntry(title, url, null) : new MenuEntry(title, config.basePath() + path, config.absolute(path)));
            }
            return menu;
        }
        pages.stream().filter(p -> p.url().replaceAll("^/|/$|\\.html$", "").indexOf('/') < 0 && !p.url().equals("/"))
                .sorted(Comparator.comparingInt(SiteMenu::weight).thenComparing(Page::title))
                .limit(HANDFUL)
                .forEach(p -> menu.add(new MenuEntry(p.title(), config.basePath() + p.url(), p.permalink())));
        return menu;
    }

    /** The page an entry names by its source file (about.md) or its URL, if any. */
    private static Page pageOf(String url, SiteConfig config, List<Page> pages) {
        String wanted = url.toLowerCase(Locale.ROOT);
        for (Page page : pages) {
            String source = config.withinContent(page.source()).toString().replace('\\', '/').toLowerCase(Locale.ROOT);
            if (source.equals(wanted) || page.url().equals(url) || page.url().equals(url + "/")) {
                return page;
            }
        }
        return null;
    }

    private static int weight(Page page) {
        Object weight = page.params().get("weight");
        return weight instanceof Number n ? n.intValue() : Integer.MAX_VALUE / 2;
    }
}
