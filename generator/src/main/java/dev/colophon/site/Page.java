package dev.colophon.site;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A post or page as templates see it. {@code content} and {@code summary} are the only values that
 * enter templates unescaped: they are the author's rendered Markdown. The summary is held in memory;
 * the body is read from where the build keeps it ({@link Body}) each time {@code content} is asked for.
 *
 * @param url the site-relative path, e.g. {@code /posts/hello/}
 * @param permalink the absolute URL
 * @param image the absolute URL of the picture for link previews (og:image), or null
 * @param scheduled dated after the build: shown only with --future and in the preview, marked there
 * @param fingerprint a hash of the source file, which (with the site's settings) decides everything here
 */
public record Page(
        Path source,
        boolean post,
        String url,
        String permalink,
        String title,
        ZonedDateTime date,
        ZonedDateTime updated,
        List<Tag> tags,
        List<Tag> categories,
        String description,
        Body body,
        SafeString summary,
        int words,
        int readingMinutes,
        boolean draft,
        boolean comments,
        List<String> authors,
        List<String> aliases,
        String layout,
        Map<String, Object> params,
        String image,
        boolean scheduled,
        long fingerprint) {

    /** The rendered body, as templates show it ({@code page.content}); read from disk on each call. */
    public SafeString content() {
        return new SafeString(body.html());
    }

    /** The same page with other rendered content, e.g. once links to other pages are resolved. */
    public Page withBody(Body newBody, SafeString newSummary, long newFingerprint) {
        return new Page(source, post, url, permalink, title, date, updated, tags, categories, description, newBody, newSummary,
                words, readingMinutes, draft, comments, authors, aliases, layout, params, image, scheduled, newFingerprint);
    }

    /** The same page written at another URL (a later page of a paginated index), with no redirects to it. */
    public Page at(String newUrl, String newPermalink) {
        return new Page(source, post, newUrl, newPermalink, title, date, updated, tags, categories, description, body, summary,
                words, readingMinutes, draft, comments, authors, List.of(), layout, params, image, scheduled,
                Fingerprint.mix(fingerprint, Fingerprint.of(newUrl)));
    }

    /** The date feeds and sitemaps report as last change. */
    public ZonedDateTime lastModified() {
        return updated != null ? updated : date;
    }

    /** A post that responds to another site's page: a reply, like, repost or bookmark, from front matter. */
    public record Interaction(String label, String mfClass, String url) {
    }

    /**
     * The pages this post responds to, from front matter {@code in_reply_to}, {@code like_of},
     * {@code repost_of} and {@code bookmark_of} (http(s) URLs): the theme marks them up as microformats,
     * and webmentions tell those pages.
     */
    public java.util.List<Interaction> interactions() {
        java.util.List<Interaction> found = new java.util.ArrayList<>();
        String[][] kinds = {{"in_reply_to", "In reply to", "u-in-reply-to"}, {"like_of", "Liked", "u-like-of"},
                {"repost_of", "Reposted", "u-repost-of"}, {"bookmark_of", "Bookmarked", "u-bookmark-of"}};
        for (String[] kind : kinds) {
            Object value = params.get(kind[0]);
            if (value instanceof String url && url.matches("https?://\\S+")) {
                found.add(new Interaction(kind[1], kind[2], url));
            }
        }
        return found;
    }
}
