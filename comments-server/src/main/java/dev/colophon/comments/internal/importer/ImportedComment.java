package dev.colophon.comments.internal.importer;

/**
 * A comment read from another system's export, before it is stored.
 *
 * @param origin the source system and its id, e.g. {@code disqus:123}, unique per source
 * @param parentOrigin the origin of the comment replied to, or null
 * @param page the page's path on the site, e.g. /posts/hello/
 * @param html the comment as the source rendered it, sanitized before it is stored; or null when
 *             the source keeps Markdown ({@code markdown}), which is rendered as posted comments are
 * @param status {@code approved}, {@code pending} or {@code spam}
 */
public record ImportedComment(String origin, String parentOrigin, String page, String author, String email,
                              String website, String html, long createdAt, String status, String markdown) {

    public ImportedComment(String origin, String parentOrigin, String page, String author, String email,
                           String website, String html, long createdAt, String status) {
        this(origin, parentOrigin, page, author, email, website, html, createdAt, status, null);
    }
}
