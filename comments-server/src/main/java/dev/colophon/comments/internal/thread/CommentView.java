package dev.colophon.comments.internal.thread;

import java.util.List;

/**
 * A public comment with its replies, as the thread endpoint sends it.
 *
 * @param html the sanitized rendering of the author's Markdown
 * @param created ISO-8601 instant
 * @param deleted true for a removed comment kept only because it has replies
 * @param source for a reply written on another site, that page (the widget says "replied on" its site)
 * @param avatar for such a reply, a path on this server for the author's photo, or null
 * @param handle the fediverse account ({@code @alice@example.social}) of a reply from there, else null;
 *               {@code website} is then its profile page
 * @param owner written by the site's owner (the widget shows an "author" badge)
 */
public record CommentView(long id, Long parent, String author, String website, String html, String created,
                          String edited, int likes, boolean deleted, List<CommentView> replies, String source,
                          String avatar, String handle, boolean owner) {
}
