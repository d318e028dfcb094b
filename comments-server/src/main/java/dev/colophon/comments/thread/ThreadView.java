package dev.colophon.comments.thread;

import java.util.List;

/**
 * One page of a thread: top-level comments {@code offset…offset+limit} with all their replies.
 *
 * @param total approved comments in the whole thread, replies included
 * @param reactions page reactions (likes of the page itself)
 * @param displayDepth how deep clients should indent before flattening replies
 */
public record ThreadView(String page, int total, int reactions, String sort, int offset, boolean hasMore,
                         int displayDepth, List<CommentView> comments) {
}
