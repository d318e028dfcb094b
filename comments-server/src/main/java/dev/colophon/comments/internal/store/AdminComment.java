package dev.colophon.comments.internal.store;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A comment with its site and page, as moderators see it.
 *
 * @param source the webmention source URL of a reply written on another site, or null
 * @param handle the fediverse account ({@code @alice@example.social}) of a reply from there, or null
 * @param spamScore the spam filter's score from 0 to 1 when it arrived (null for comments from before the filter)
 * @param spamReasons what weighed in that score: a JSON array of {signal, weight, detail}, or null
 * @param title the page's title as its view beacon gave it, or null (and null where a query leaves it out)
 */
public record AdminComment(long id, String site, String page, Long parentId, Status status, String author,
                           String email, String website, String body, String html, int likes, long createdAt,
                           Long updatedAt, String source, String handle, Double spamScore, @JsonRawValue String spamReasons,
                           @Nullable String title) {
}
