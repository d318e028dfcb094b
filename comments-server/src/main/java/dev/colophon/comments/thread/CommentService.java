package dev.colophon.comments.thread;

import dev.colophon.comments.api.ApiException;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.limits.VisitorIds;
import dev.colophon.comments.notify.Notifier;
import dev.colophon.comments.render.CommentRenderer;
import dev.colophon.comments.store.BlockDao;
import dev.colophon.comments.store.CommentDao;
import dev.colophon.comments.store.CommentRow;
import dev.colophon.comments.store.Database;
import dev.colophon.comments.store.ReactionDao;
import dev.colophon.comments.store.Status;
import dev.colophon.comments.store.ThreadDao;
import dev.colophon.comments.store.ThreadRow;
import dev.colophon.comments.store.VoteDao;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Posting, editing, deleting and liking comments, as readers do; every change refreshes the thread. */
public final class CommentService {
    private final Database db;
    private final ThreadService threads;
    private final CommentRenderer renderer;
    private final Moderation moderation;
    private final Duration editWindow;
    private final Limits limits;
    private final Clock clock;
    private final RequestValidator validator;
    private final Notifier notifier;

    public CommentService(Database db, ThreadService threads, Moderation moderation, Duration editWindow,
                          Limits limits, Clock clock, Notifier notifier) {
        this.db = db;
        this.notifier = notifier;
        this.threads = threads;
        this.renderer = new CommentRenderer();
        this.moderation = moderation;
        this.editWindow = editWindow;
        this.limits = limits;
        this.clock = clock;
        this.validator = new RequestValidator(limits);
    }

    public PostedComment post(CommentRequest request, Visitor visitor) {
        CommentRequest valid = validator.validate(request);
        String site = RequestValidator.site(valid.site());
        String html = renderer.render(valid.body());
        String token = VisitorIds.randomHex(24);
        long now = clock.millis();
        CommentRow stored = db.write(handle -> {
            String status = admit(handle, valid, visitor);
            ThreadDao threadDao = handle.attach(ThreadDao.class);
            threadDao.insertIfAbsent(site, valid.page(), now);
            long threadId = threadDao.find(site, valid.page()).orElseThrow();
            int depth = depthUnder(handle.attach(CommentDao.class), threadId, valid.parent());
            CommentRow row = new CommentRow(0, threadId, valid.parent(), depth, status, valid.author(), valid.email(),
                    valid.website(), valid.body(), html, VisitorIds.tokenHash(token), visitor.addressHash(), 0, now, null,
                    valid.wantsReplies());
            long id = handle.attach(CommentDao.class).insert(row);
            CommentRow inserted = handle.attach(CommentDao.class).get(id).orElseThrow();
            if (Status.APPROVED.equals(status)) {
                threadDao.touch(threadId);
                notifier.replyVisible(handle, inserted, valid.page());
            }
            notifier.newComment(handle, inserted, valid.page());
            notifier.repliesRequested(handle, inserted, valid.page());
            return inserted;
        });
        notifier.afterCommit();
        if (Status.APPROVED.equals(stored.status())) {
            threads.invalidate(site, valid.page());
        }
        return posted(stored, valid.page(), token);
    }

    /**
     * The one door for new text, a post or an edit alike: the block list, then where it goes (the
     * moderation mode). What else judges a submission (spam scoring) belongs here, so edits meet it too.
     */
    private String admit(org.jdbi.v3.core.Handle handle, CommentRequest valid, Visitor visitor) {
        if (handle.attach(BlockDao.class).matches(valid.email() == null ? "" : valid.email(), visitor.addressHash()) > 0) {
            throw ApiException.forbidden("this author is blocked from commenting");
        }
        return moderation == Moderation.PRE ? Status.PENDING : Status.APPROVED;
    }

    private int depthUnder(CommentDao dao, long threadId, Long parentId) {
        if (parentId == null) {
            return 0;
        }
        CommentRow parent = dao.get(parentId)
                .filter(p -> p.threadId() == threadId && Status.APPROVED.equals(p.status()))
                .orElseThrow(() -> ApiException.notFound("parent comment " + parentId + " not found in this thread"));
        if (parent.depth() + 1 > limits.maxDepth()) {
            throw ApiException.badRequest("replies nest at most " + limits.maxDepth() + " levels deep; reply higher up");
        }
        return parent.depth() + 1;
    }

    /** The author's own view of a comment, pending or not, for the widget to show after a reload. */
    public PostedComment own(long id, String token) {
        CommentRow row = authorized(id, token, false);
        ThreadRow thread = db.jdbi().withExtension(ThreadDao.class, dao -> dao.get(row.threadId())).orElseThrow();
        return posted(row, thread.page(), null);
    }

    /**
     * An edit is a new submission of the comment's text: validated, checked against the block list and
     * moderated as a post is. Under pre-moderation an approved comment goes back to the queue and is
     * hidden until approved again, so an edit can never publish what a moderator has not seen.
     */
    public PostedComment edit(long id, String token, String body, Visitor visitor) {
        CommentRow row = authorized(id, token, true);
        ThreadRow thread = threadOf(row);
        CommentRequest valid = validator.validate(new CommentRequest(thread.page(), thread.site(), body, row.author(),
                row.email(), row.website(), row.parentId(), null, row.notifyReplies()));
        long now = clock.millis();
        String html = renderer.render(valid.body());
        db.execute(handle -> {
            String admitted = admit(handle, valid, visitor);
            CommentDao dao = handle.attach(CommentDao.class);
            dao.setBody(id, valid.body(), html, now);
            if (Status.APPROVED.equals(row.status()) && !Status.APPROVED.equals(admitted)) {
                dao.setStatus(id, admitted, now);
            }
            handle.attach(ThreadDao.class).touch(row.threadId());
        });
        threads.invalidate(thread.site(), thread.page());
        return posted(db.jdbi().withExtension(CommentDao.class, dao -> dao.get(id)).orElseThrow(), thread.page(), null);
    }

    public void delete(long id, String token) {
        CommentRow row = authorized(id, token, true);
        removeOrBlank(db, row, clock.millis());
        ThreadRow thread = threadOf(row);
        threads.invalidate(thread.site(), thread.page());
    }

    /** Deletes a comment; one with live replies becomes a placeholder so the replies keep their place. */
    public static void removeOrBlank(Database db, CommentRow row, long now) {
        db.execute(handle -> {
            CommentDao dao = handle.attach(CommentDao.class);
            handle.attach(ThreadDao.class).touch(row.threadId());
            if (dao.liveRepliesOf(row.id()) > 0) {
                dao.blank(row.id(), now);
            } else {
                dao.delete(row.id());
            }
        });
    }

    public int like(long id, Visitor visitor) {
        CommentRow row = db.jdbi().withExtension(CommentDao.class, dao -> dao.get(id))
                .filter(c -> Status.APPROVED.equals(c.status()))
                .orElseThrow(() -> ApiException.notFound("comment " + id + " not found"));
        int likes = db.write(handle -> {
            if (handle.attach(VoteDao.class).vote(id, visitor.dailyId(), clock.millis()) == 1) {
                handle.attach(CommentDao.class).addLike(id);
                handle.attach(ThreadDao.class).touch(row.threadId());
            }
            return handle.attach(CommentDao.class).likesOf(id);
        });
        ThreadRow thread = threadOf(row);
        threads.invalidate(thread.site(), thread.page());
        return likes;
    }

    /** A visitor's reaction to a whole page; returns the page's reaction count. */
    public int react(String site, String page, Visitor visitor) {
        int reactions = db.write(handle -> {
            ReactionDao dao = handle.attach(ReactionDao.class);
            dao.react(site, page, visitor.dailyId(), clock.millis());
            ThreadDao threadDao = handle.attach(ThreadDao.class); // a reacted page gets a thread: its version says so
            threadDao.insertIfAbsent(site, page, clock.millis());
            threadDao.touch(site, page);
            return dao.count(site, page);
        });
        threads.invalidate(site, page);
        return reactions;
    }

    private CommentRow authorized(long id, String token, boolean withinWindow) {
        if (token == null || token.isBlank()) {
            throw ApiException.unauthorized("this needs the comment's edit token (X-Edit-Token header)");
        }
        CommentRow row = db.jdbi().withExtension(CommentDao.class, dao -> dao.get(id))
                .filter(c -> !Status.DELETED.equals(c.status()))
                .orElseThrow(() -> ApiException.notFound("comment " + id + " not found"));
        byte[] given = VisitorIds.tokenHash(token).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, row.editTokenHash().getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.forbidden("wrong edit token for comment " + id);
        }
        if (withinWindow && clock.millis() > row.createdAt() + editWindow.toMillis()) {
            throw ApiException.conflict("the edit window of " + editWindow.toMinutes() + " minutes has passed");
        }
        return row;
    }

    private ThreadRow threadOf(CommentRow row) {
        return db.jdbi().withExtension(ThreadDao.class, dao -> dao.get(row.threadId())).orElseThrow();
    }

    private PostedComment posted(CommentRow row, String page, String token) {
        return new PostedComment(row.id(), row.parentId(), page, row.status(), row.author(), row.website(), row.body(), row.html(),
                Instant.ofEpochMilli(row.createdAt()).toString(), row.likes(), token,
                Instant.ofEpochMilli(row.createdAt() + editWindow.toMillis()).toString());
    }
}
