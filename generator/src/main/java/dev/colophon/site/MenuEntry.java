package dev.colophon.site;

/**
 * One link of the site's header menu.
 *
 * @param url a site path ({@code /about/}), a full URL, or a source file ({@code about.md}) resolved to its page's URL
 */
public record MenuEntry(String title, String url) {
}
