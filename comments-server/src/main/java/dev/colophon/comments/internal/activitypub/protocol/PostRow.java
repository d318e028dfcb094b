package dev.colophon.comments.internal.activitypub.protocol;

import java.util.Arrays;
import java.util.List;

/** A published post of the site as the fediverse sees it; tags are kept one per line. */
public record PostRow(String url, String page, String title, String summary, String content, String tags, String image,
                      long publishedAt, Long updatedAt, long createdAt) {

    public List<String> tagList() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n"));
    }
}
