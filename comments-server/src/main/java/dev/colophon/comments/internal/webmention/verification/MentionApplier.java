package dev.colophon.comments.internal.webmention.verification;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.fetch.Fetched;
import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.MentionRow;
import dev.colophon.comments.internal.store.Status;
import dev.colophon.comments.internal.store.ReactionDao;
import dev.colophon.comments.internal.store.ShareDao;
import dev.colophon.comments.internal.store.ThreadDao;
import dev.colophon.comments.internal.store.WebmentionDao;
import dev.colophon.comments.internal.thread.CommentRequest;
import dev.colophon.comments.internal.thread.CommentService;
import dev.colophon.comments.internal.thread.ThreadService;
import dev.colophon.comments.internal.thread.Visitor;
import dev.colophon.comments.internal.webmention.MentionKind;
import dev.colophon.comments.internal.webmention.SourceEntry;
import java.net.URI;
import java.time.Clock;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a verdict into what readers see: a reply becomes (or updates) a comment through the same path
 * a reader's comment takes, a like a page reaction, a repost a share; a refused source takes back
 * whatever it had added. Each step is idempotent, so a verification done twice changes nothing more.
 */
public final class MentionApplier {
    private static final Pattern COMMENT_FRAGMENT = Pattern.compile("#comment-(\\d+)$");
    private static final int MAX_AVATAR_BYTES = 100 * 1024;
    private static final int MAX_NAME = 100;

    private final Database db;
    private final CommentService comments;
    private final ThreadService threads;
    private final VisitorIds ids;
    private final SourceVerifier verifier;
    private final Clock clock;
    private final int maxBodyChars;

    public MentionApplier(Database db, CommentService comments, ThreadService threads, VisitorIds ids,
                          SourceVerifier verifier, Clock clock, int maxBodyChars) {
        this.db = db;
        this.comments = comments;
        this.threads = threads;
        this.ids = ids;
        this.verifier = verifier;
        this.clock = clock;
        this.maxBodyChars = maxBodyChars;
    }

    /** Applies an accepting or refusing verdict and records the outcome on the row leased until {@code leased}. */
    public void apply(MentionRow row, Verdict verdict, long leased) {
        if (verdict.outcome() == Verdict.Outcome.REFUSE) {
            undo(row, null);
            String state = MentionRow.ACCEPTED.equals(row.state()) || MentionRow.REMOVED.equals(row.state())
                    ? MentionRow.REMOVED : MentionRow.REJECTED;
            finish(row, leased, state, row.kind(), verdict.message(), row.authorName(), row.authorUrl());
            return;
        }
        SourceEntry entry = verdict.entry();
        String author = name(entry, row.source());
        String authorUrl = httpOrNull(entry.authorUrl());
        undo(row, entry.kind());
        String message = null;
        switch (entry.kind()) {
            case REPLY -> message = reply(row, entry, author, authorUrl);
            case LIKE -> db.execute(handle -> Daos.of(handle, ReactionDao.class)
                    .react(row.site(), row.page(), voter(row), clock.millis()));
            case REPOST -> share(row);
            default -> { } // bookmarks and mentions are kept, shown to moderators only
        }
        avatar(row, entry);
        finish(row, leased, message == null ? MentionRow.ACCEPTED : MentionRow.REJECTED, entry.kind().label(), message,
                author, authorUrl);
    }

    /** Ends a verification without changing what the row had added. */
    public void keep(MentionRow row, long leased, String message) {
        finish(row, leased, row.state(), row.kind(), message, row.authorName(), row.authorUrl());
    }

    private String reply(MentionRow row, SourceEntry entry, String author, String authorUrl) {
        String text = entry.text() == null || entry.text().isBlank() ? "Replied on " + host(row.source()) : entry.text();
        String markdown = PlainText.markdown(text.length() > maxBodyChars - 200 ? text.substring(0, maxBodyChars - 200) + " …" : text);
        Long existing = row.commentId();
        if (existing != null && db.jdbi().withExtension(dev.colophon.comments.internal.store.CommentDao.class, dao -> dao.get(existing))
                .filter(c -> c.status() != Status.DELETED).isPresent()) {
            comments.updateFromSource(existing, author, authorUrl, markdown);
            return null;
        }
        Visitor visitor = new Visitor(ids.address("web:" + host(row.source())), "webmention:" + row.id());
        CommentRequest request = new CommentRequest(row.page(), row.site(), markdown, author, null, authorUrl,
                parentOf(row.target()), null, false);
        try {
            long id = comments.post(request, visitor, row.source()).id();
            db.execute(handle -> Daos.of(handle, WebmentionDao.class).setComment(row.id(), id));
            return null;
        } catch (RuntimeException e) { // blocked, a parent gone, too deep: the reply is refused with the reason
            if (request.parent() != null) {
                try {
                    long id = comments.post(new CommentRequest(row.page(), row.site(), markdown, author, null, authorUrl,
                            null, null, false), visitor, row.source()).id();
                    db.execute(handle -> Daos.of(handle, WebmentionDao.class).setComment(row.id(), id));
                    return null;
                } catch (RuntimeException again) {
                    return again.getMessage();
                }
            }
            return e.getMessage();
        }
    }

    /** Takes back what the row's earlier kind added, unless it stays that kind ({@code keep}). */
    private void undo(MentionRow row, MentionKind keep) {
        MentionKind before = MentionKind.of(row.kind());
        if (before == null || before == keep || !MentionRow.ACCEPTED.equals(row.state())) {
            return;
        }
        switch (before) {
            case REPLY -> {
                if (row.commentId() != null) {
                    comments.removeFromSource(row.commentId());
                    db.execute(handle -> Daos.of(handle, WebmentionDao.class).setComment(row.id(), null));
                }
            }
            case LIKE -> db.execute(handle -> {
                Daos.of(handle, ReactionDao.class).unreact(row.site(), row.page(), voter(row));
                Daos.of(handle, ThreadDao.class).touch(row.site(), row.page());
            });
            case REPOST -> unshare(row);
            default -> { }
        }
        threads.invalidate(row.site(), row.page());
    }

    private void share(MentionRow row) {
        if (row.countedDay() != null && MentionRow.ACCEPTED.equals(row.state())) {
            return;
        }
        long day = Math.floorDiv(clock.millis(), 86_400_000L);
        db.execute(handle -> {
            Daos.of(handle, ShareDao.class).add(row.site(), row.page(), day, 1);
            Daos.of(handle, WebmentionDao.class).setCountedDay(row.id(), day);
        });
    }

    private void unshare(MentionRow row) {
        if (row.countedDay() != null) {
            db.execute(handle -> {
                Daos.of(handle, ShareDao.class).add(row.site(), row.page(), row.countedDay(), -1);
                Daos.of(handle, WebmentionDao.class).setCountedDay(row.id(), null);
                Daos.of(handle, ThreadDao.class).touch(row.site(), row.page());
            });
        }
    }

    private void avatar(MentionRow row, SourceEntry entry) {
        String photo = httpOrNull(entry.photo());
        Fetched image = photo == null ? null : verifier.photo(photo, MAX_AVATAR_BYTES);
        db.execute(handle -> Daos.of(handle, WebmentionDao.class).setAvatar(row.id(),
                image == null ? null : Base64.getEncoder().encodeToString(image.body()),
                image == null ? null : image.contentType().split(";")[0].strip()));
    }

    private void finish(MentionRow row, long leased, String state, String kind, String message, String author,
                        String authorUrl) {
        db.execute(handle -> {
            Daos.of(handle, WebmentionDao.class).finish(row.id(), leased, state, kind, message, author, authorUrl, clock.millis());
            Daos.of(handle, ThreadDao.class).insertIfAbsent(row.site(), row.page(), clock.millis());
            Daos.of(handle, ThreadDao.class).touch(row.site(), row.page()); // faces and counts are part of the thread
        });
        threads.invalidate(row.site(), row.page());
    }

    private static String voter(MentionRow row) {
        return "webmention:" + row.id();
    }

    private static Long parentOf(String target) {
        Matcher m = COMMENT_FRAGMENT.matcher(target);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    private static String name(SourceEntry entry, String source) {
        String name = entry.author() == null || entry.author().isBlank() ? host(source) : entry.author().strip();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    static String host(String url) {
        String host = URI.create(url).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String httpOrNull(String url) {
        return url != null && url.matches("https?://\\S{1,490}") ? url : null;
    }
}
