package dev.colophon.comments.internal.thread;

import dev.colophon.comments.internal.store.PublicComment;
import dev.colophon.comments.internal.store.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the reply tree of a thread from its flat rows in one pass. Deleted, rejected and spam
 * comments stay as "removed" placeholders (nothing of them but their place and time) only while some
 * reply below them is still visible, so that the replies keep their place.
 */
final class ThreadTree {
    private final List<CommentView> roots;
    private final int approved;

    private ThreadTree(List<CommentView> roots, int approved) {
        this.roots = roots;
        this.approved = approved;
    }

    static ThreadTree of(List<PublicComment> rows) {
        Map<Long, List<PublicComment>> children = new HashMap<>();
        List<PublicComment> top = new ArrayList<>();
        int approved = 0;
        for (PublicComment row : rows) {
            if (row.status() == Status.APPROVED) {
                approved++;
            }
            if (row.parentId() == null) {
                top.add(row);
            } else {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        List<CommentView> roots = new ArrayList<>(top.size());
        for (PublicComment row : top) {
            CommentView view = build(row, children);
            if (view != null) {
                roots.add(view);
            }
        }
        return new ThreadTree(roots, approved);
    }

    private static CommentView build(PublicComment row, Map<Long, List<PublicComment>> children) {
        List<PublicComment> kids = children.getOrDefault(row.id(), List.of());
        List<CommentView> replies = new ArrayList<>(kids.size());
        kids.stream().sorted(Comparator.comparingLong(PublicComment::id)).forEach(kid -> {
            CommentView reply = build(kid, children);
            if (reply != null) {
                replies.add(reply);
            }
        });
        boolean deleted = row.status() != Status.APPROVED;
        if (deleted && replies.isEmpty()) {
            return null;
        }
        return new CommentView(row.id(), row.parentId(), deleted ? "" : row.author(), deleted ? null : row.website(),
                deleted ? "" : row.html(), Instant.ofEpochMilli(row.createdAt()).toString(),
                deleted || row.updatedAt() == null ? null : Instant.ofEpochMilli(row.updatedAt()).toString(),
                row.likes(), deleted, List.copyOf(replies), deleted ? null : row.source(), deleted ? null : row.avatar(),
                deleted ? null : row.handle(), !deleted && row.byOwner());
    }

    ThreadView page(String page, int reactions, Sort sort, int offset, int limit, int displayDepth) {
        List<CommentView> ordered = new ArrayList<>(roots);
        ordered.sort(sort.order);
        int from = Math.min(offset, ordered.size());
        int to = Math.min(from + limit, ordered.size());
        return new ThreadView(page, approved, reactions, sort.label(), offset, to < ordered.size(), displayDepth,
                List.copyOf(ordered.subList(from, to)), false, 0, List.of());
    }
}
