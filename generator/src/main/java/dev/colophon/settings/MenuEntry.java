package dev.colophon.settings;

/**
 * One link of the site's header menu.
 *
 * @param permalink the absolute URL, to mark the current page's link (null for a link off the site)
 * @param url a site path ({@code /about/}), a full URL, or a source file ({@code about.md}) resolved to its page's URL
 */
public record MenuEntry(String title, String url, String permalink) {

    /** An entry as written in settings, before its page is known. */
    public MenuEntry(String title, String url) {
        this(title, url, null);
    }
}
