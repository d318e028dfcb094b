package dev.colophon.comments.internal.thread;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.errors.Refused;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.notify.Notifier;
import dev.colophon.comments.internal.render.CommentRenderer;
import dev.colophon.comments.internal.spam.ProofOfWork;
import dev.colophon.comments.internal.spam.Screening;
import dev.colophon.comments.internal.spam.SpamDao;
import dev.colophon.comments.internal.spam.SpamFilter;
import dev.colophon.comments.internal.spam.SpamScore;
import dev.colophon.comments.internal.spam.Submission;
import dev.colophon.comments.internal.store.BlockDao;
import dev.colophon.comments.internal.store.CommentDao;
import dev.colophon.comments.internal.store.CommentRow;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.ReactionDao;
import dev.colophon.comments.internal.store.Status;
import dev.colophon.comments.internal.store.ThreadDao;
import dev.colophon.comments.internal.store.ThreadRow;
import dev.colophon.comments.internal.store.VoteDao;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Posting, editing, deleting and liking comments, as readers do; every change refreshes the thread. */
public final class CommentService {
    private final Database db;
    private final ThreadService threads;
    private final CommentRenderer renderer;
    private final Duration editWindow;
    private final Limits limits;
    private final Clock clock;
    private final RequestValidator validator;
    private final Notifier notifier;
    private final Screening screening;
    private final ProofOfWork proofOfWork;

    /** @param proofOfWork the challenge every post must solve, or null when it is off */
    public CommentService(Database db, ThreadService threads, Duration editWindow, Limits limits, Clock clock,
                          Notifier notifier, Screening screening, ProofOfWork proofOfWork) {
        this.db = db;
        this.screening = screening;
        this.proofOfWork = proofOfWork;
        this.notifier = notifier;
        this.threads = threads;
        this.renderer = new CommentRenderer();
        this.editWindow = editWindow;
        this.limits = limits;
        this.clock = clock;
        this.validator = new RequestValidator(limits);
    }

    public PostedComment post(CommentRequest request, Visitor visitor) {
        return post(request, visitor, null);
    }

    /**
     * Posts a comment; {@code source} is the page on another site a reply was written on (a webmention),
     * which takes the same path as a reader's comment: validation, blocks, moderation, notifications.
     */
    public PostedComment post(CommentRequest request, Visitor visitor, String source) {
        CommentRequest valid = validator.validate(request);
        String site = RequestValidator.site(valid.site());
        boolean needsWork = source == null && proofOfWork != null; // a web reply has no widget to solve it
        ProofOfWork.Solution pow = needsWork ? valid.pow() : null;
        if (needsWork) {
            proofOfWork.check(pow); // before the cost of scoring; spent in the write
        }
        Screening.Verdict verdict = screen(new Submission(site, valid.page(), valid.body(), valid.author(), valid.email(),
                valid.website(), valid.elapsed(), valid.honeypotFilled(), visitor.addressHash()));
        return store(valid, site, visitor, verdict, pow, false, (dao, id) -> {
            if (source != null) {
                dao.setSource(id, source);
            }
        });
    }

    /**
     * Posts a comment by the site's owner (logged in to the dashboard, or with the admin token): published
     * at once, past the spam filter and the proof of work, and marked so that the widget shows an
     * "author" badge.
     */
    public PostedComment postAsOwner(CommentRequest request, Visitor visitor) {
        CommentRequest valid = validator.validate(request);
        String site = RequestValidator.site(valid.site());
        Screening.Verdict verdict = new Screening.Verdict(Status.APPROVED, SpamScore.of(List.of()), true);
        return store(valid, site, visitor, verdict, null, true, (dao, id) -> dao.markOwner(id));
    }

    private PostedComment store(CommentRequest valid, String site, Visitor visitor, Screening.Verdict verdict,
                                ProofOfWork.Solution pow, boolean owner, java.util.function.ObjLongConsumer<CommentDao> marker) {
        String html = renderer.render(valid.body());
        String token = VisitorIds.randomHex(24);
        Draft draft = new Draft(site, valid.page(), valid.parent(), valid.author(), valid.email(), valid.website(),
                valid.body(), html, visitor.addressHash(), valid.wantsReplies());
        return posted(store(draft, VisitorIds.tokenHash(token), marker, verdict, pow), valid.page(), token, owner);
    }

    /**
     * Stores a reply from the fediverse through the same steps as a reader's comment (blocks, depth,
     * moderation, notifications), its HTML sanitized as any comment's is. A Note already stored (a
     * redelivery) is returned as it is.
     */
    public PostedComment postFederated(FederatedReply reply) {
        var known = db.jdbi().withExtension(CommentDao.class, dao -> dao.byApId(reply.apId()));
        if (known.isPresent()) {
            return posted(known.get(), reply.page(), null);
        }
        String html = renderer.sanitize(reply.html());
        String text = reply.text().length() > limits.maxBodyChars() ? reply.text().substring(0, limits.maxBodyChars()) : reply.text();
        String author = reply.author().length() > limits.maxNameChars()
                ? reply.author().substring(0, limits.maxNameChars()) : reply.author();
        Draft draft = new Draft(reply.site(), reply.page(), reply.parent(), author, null, reply.profileUrl(), text, html,
                reply.serverHash(), false);
        Screening.Verdict verdict = screen(new Submission(reply.site(), reply.page(), text, author, null, reply.profileUrl(),
                null, false, reply.serverHash()));
        // a federated comment has no edit token: its author edits it with an Update from their server
        CommentRow stored = store(draft, VisitorIds.tokenHash(VisitorIds.randomHex(24)),
                (dao, id) -> dao.setFederated(id, reply.apId(), reply.actor(), reply.handle()), verdict, null);
        return posted(stored, reply.page(), null);
    }

    /** A comment about to be stored, whoever sent it. */
    private record Draft(String site, String page, Long parent, String author, String email, String website, String body,
                         String html, String addressHash, boolean wantsReplies) {
    }

    /** Stores a screened comment; {@code pow}, when given, is spent in the same transaction. */
    private CommentRow store(Draft draft, String tokenHash, java.util.function.ObjLongConsumer<CommentDao> marker,
                             Screening.Verdict verdict, ProofOfWork.Solution pow) {
        long now = clock.millis();
        // Pure work before the write: the one writer thread is what bounds posting throughput.
        String reasons = SpamScore.json(verdict.score().reasons());
        String bodyHash = SpamFilter.bodyHash(draft.body());
        CommentRow stored = db.write(handle -> {
            if (pow != null) {
                proofOfWork.spend(handle, pow);
            }
            long threadId = threadOf(Daos.of(handle, ThreadDao.class), draft.site(), draft.page(), now);
            CommentDao comments = Daos.of(handle, CommentDao.class);
            int depth = depthUnder(comments, threadId, draft.parent());
            Status status = verdict.status();
            CommentRow row = new CommentRow(0, threadId, draft.parent(), depth, status, draft.author(), draft.email(),
                    draft.website(), draft.body(), draft.html(), tokenHash, draft.addressHash(), 0, now, null,
                    draft.wantsReplies());
            // the row as stored: the marker sets only columns a CommentRow does not hold
            CommentRow inserted = row.withId(comments.insert(row, verdict.score().score(), reasons, bodyHash));
            marker.accept(comments, inserted.id());
            if (status == Status.APPROVED) {
                Daos.of(handle, ThreadDao.class).touch(threadId);
                notifier.replyVisible(handle, inserted, draft.page());
            }
            if (status != Status.SPAM) { // spam waits for the daily digest, not an email each
                notifier.newComment(handle, inserted, draft.page());
                notifier.repliesRequested(handle, inserted, draft.page());
            }
            return inserted;
        });
        notifier.afterCommit();
        if (stored.status() == Status.APPROVED) {
            threads.invalidate(draft.site(), draft.page());
        }
        return stored;
    }

    /**
     * Where a new submission goes, and why: the spam score and its reasons, then the moderation mode and
     * the author's record. Every new text takes this path: a reader's post, a web reply, a fediverse
     * reply (and an edit, read as a new submission).
     */
    public Screening.Verdict screen(Submission submission) {
        return screening.judge(submission);
    }

    /** An edit by a blocked author is refused outright: unlike a new comment, it would change what readers already see. */
    private static void refuseBlocked(org.jdbi.v3.core.Handle handle, String email, String addressHash) {
        if (Daos.of(handle, BlockDao.class).matches(email == null ? "" : email, addressHash) > 0) {
            throw Refused.forbidden("this author is blocked from commenting");
        }
    }

    /** The thread of a page, made on its first comment; a thread that exists costs one lookup. */
    private static long threadOf(ThreadDao dao, String site, String page, long now) {
        return dao.find(site, page).orElseGet(() -> {
            dao.insertIfAbsent(site, page, now);
            return dao.find(site, page).orElseThrow();
        });
    }

    private int depthUnder(CommentDao dao, long threadId, Long parentId) {
        if (parentId == null) {
            return 0;
        }
        CommentRow parent = dao.get(parentId)
                .filter(p -> p.threadId() == threadId && p.status() == Status.APPROVED)
                .orElseThrow(() -> Refused.notFound("parent comment " + parentId + " not found in this thread"));
        if (parent.depth() + 1 > limits.maxDepth()) {
            throw Refused.invalid("replies nest at most " + limits.maxDepth() + " levels deep; reply higher up");
        }
        return parent.depth() + 1;
    }

    /**
     * Replaces a web reply's author and text with what its source says now (an updated webmention);
     * its moderation state stays as it was.
     */
    public void updateFromSource(long id, String author, String website, String markdown) {
        CommentRow row = db.jdbi().withExtension(CommentDao.class, dao -> dao.get(id)).orElse(null);
        if (row == null || row.status() == Status.DELETED) {
            return;
        }
        String body = validator.body(markdown);
        String html = renderer.render(body);
        db.execute(handle -> {
            Daos.of(handle, CommentDao.class).setFromSource(id, author, website, body, html, clock.millis());
            Daos.of(handle, ThreadDao.class).touch(row.threadId());
        });
        ThreadRow thread = threadOf(row);
        threads.invalidate(thread.site(), thread.page());
    }

    /** Removes a web reply whose source is gone or no longer links here (a placeholder if it has replies). */
    public void removeFromSource(long id) {
        db.jdbi().withExtension(CommentDao.class, dao -> dao.get(id)).filter(c -> c.status() != Status.DELETED)
                .ifPresent(row -> {
                    removeOrBlank(db, row, clock.millis());
                    ThreadRow thread = threadOf(row);
                    threads.invalidate(thread.site(), thread.page());
                });
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
        Screening.Verdict verdict = screen(new Submission(thread.site(), thread.page(), valid.body(), row.author(), row.email(),
                row.website(), null, false, visitor.addressHash()));
        db.execute(handle -> {
            refuseBlocked(handle, valid.email(), visitor.addressHash());
            Status admitted = verdict.status();
            CommentDao dao = Daos.of(handle, CommentDao.class);
            dao.setBody(id, valid.body(), html, now);
            Daos.of(handle, SpamDao.class).scored(id, verdict.score().score(), SpamScore.json(verdict.score().reasons()),
                    SpamFilter.bodyHash(valid.body()));
            if (row.status() == Status.APPROVED && admitted != Status.APPROVED) {
                dao.setStatus(id, admitted, now);
                if (admitted == Status.PENDING) { // spam waits for the daily digest, as a new comment's does
                    notifier.editedToModerate(handle, dao.get(id).orElseThrow(), thread.page());
                }
            }
            Daos.of(handle, ThreadDao.class).touch(row.threadId());
        });
        notifier.afterCommit();
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
            CommentDao dao = Daos.of(handle, CommentDao.class);
            Daos.of(handle, ThreadDao.class).touch(row.threadId());
            if (dao.liveRepliesOf(row.id()) > 0) {
                dao.blank(row.id(), now);
            } else {
                dao.delete(row.id());
            }
        });
    }

    public int like(long id, Visitor visitor) {
        return vote(id, visitor, true);
    }

    /** Takes back this visitor's like of today; returns the comment's like count. */
    public int unlike(long id, Visitor visitor) {
        return vote(id, visitor, false);
    }

    private int vote(long id, Visitor visitor, boolean like) {
        CommentRow row = db.jdbi().withExtension(CommentDao.class, dao -> dao.get(id))
                .filter(c -> c.status() == Status.APPROVED)
                .orElseThrow(() -> Refused.notFound("comment " + id + " not found"));
        int likes = db.write(handle -> {
            VoteDao votes = Daos.of(handle, VoteDao.class);
            if (like && votes.vote(id, visitor.dailyId(), clock.millis()) == 1) {
                Daos.of(handle, CommentDao.class).addLike(id);
                Daos.of(handle, ThreadDao.class).touch(row.threadId());
            } else if (!like && votes.unvote(id, visitor.dailyId()) == 1) {
                Daos.of(handle, CommentDao.class).removeLike(id);
                Daos.of(handle, ThreadDao.class).touch(row.threadId());
            }
            return Daos.of(handle, CommentDao.class).likesOf(id);
        });
        ThreadRow thread = threadOf(row);
        threads.invalidate(thread.site(), thread.page());
        return likes;
    }

    /** A visitor's reaction to a whole page; returns the page's reaction count. */
    public int react(String site, String page, Visitor visitor) {
        int reactions = db.write(handle -> {
            ReactionDao dao = Daos.of(handle, ReactionDao.class);
            dao.react(site, page, visitor.dailyId(), clock.millis());
            ThreadDao threadDao = Daos.of(handle, ThreadDao.class); // a reacted page gets a thread: its version says so
            threadDao.insertIfAbsent(site, page, clock.millis());
            threadDao.touch(site, page);
            return dao.count(site, page);
        });
        threads.invalidate(site, page);
        return reactions;
    }

    private CommentRow authorized(long id, String token, boolean withinWindow) {
        if (token == null || token.isBlank()) {
            throw Refused.unauthorized("this needs the comment's edit token (X-Edit-Token header)");
        }
        CommentRow row = db.jdbi().withExtension(CommentDao.class, dao -> dao.get(id))
                .filter(c -> c.status() != Status.DELETED)
                .orElseThrow(() -> Refused.notFound("comment " + id + " not found"));
        byte[] given = VisitorIds.tokenHash(token).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, row.editTokenHash().getBytes(StandardCharsets.UTF_8))) {
            throw Refused.forbidden("wrong edit token for comment " + id);
        }
        if (withinWindow && clock.millis() > row.createdAt() + editWindow.toMillis()) {
            throw Refused.conflict("the edit window of " + editWindow.toMinutes() + " minutes has passed");
        }
        return row;
    }

    private ThreadRow threadOf(CommentRow row) {
        return db.jdbi().withExtension(ThreadDao.class, dao -> dao.get(row.threadId())).orElseThrow();
    }

    private PostedComment posted(CommentRow row, String page, String token) {
        return posted(row, page, token, false);
    }

    private PostedComment posted(CommentRow row, String page, String token, boolean owner) {
        return new PostedComment(row.id(), row.parentId(), page, row.status() == Status.SPAM ? Status.PENDING : row.status(), row.author(), row.website(), row.body(), row.html(),
                Instant.ofEpochMilli(row.createdAt()).toString(), row.likes(), token,
                Instant.ofEpochMilli(row.createdAt() + editWindow.toMillis()).toString(), owner);
    }
}
