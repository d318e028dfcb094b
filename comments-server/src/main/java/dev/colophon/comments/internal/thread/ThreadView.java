package dev.colophon.comments.internal.thread;

import dev.colophon.comments.internal.store.Face;
import java.util.List;

/**
 * One page of a thread: top-level comments {@code offset…offset+limit} with all their replies.
 *
 * @param total approved comments in the whole thread, replies included
 * @param reactions page reactions (likes of the page itself)
 * @param displayDepth how deep clients should indent before flattening replies
 * @param replyEmails whether the server can email authors about replies (the form offers it then)
 * @param shares share actions and reposts from other sites
 * @param faces who liked or reposted the page from their own site (webmentions)
 */
public record ThreadView(String page, int total, int reactions, String sort, int offset, boolean hasMore,
                         int displayDepth, List<CommentView> comments, boolean replyEmails, long shares,
                         List<Face> faces) {

    public ThreadView withReplyEmails(boolean on) {
        return new ThreadView(page, total, reactions, sort, offset, hasMore, displayDepth, comments, on, shares, faces);
    }

    public ThreadView withShares(long count, List<Face> who) {
        return new ThreadView(page, total, reactions, sort, offset, hasMore, displayDepth, comments, replyEmails, count,
                List.copyOf(who));
    }
}
