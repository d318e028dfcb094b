package dev.colophon.comments.internal.moderation;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.errors.Refused;
import dev.colophon.comments.internal.notify.Notifier;
import dev.colophon.comments.internal.render.CommentRenderer;
import dev.colophon.comments.internal.spam.Teacher;
import dev.colophon.comments.internal.store.AdminComment;
import dev.colophon.comments.internal.store.BlockDao;
import dev.colophon.comments.internal.text.CleanText;
import dev.colophon.comments.internal.store.BlockRow;
import dev.colophon.comments.internal.store.CommentDao;
import dev.colophon.comments.internal.store.CommentRow;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.Status;
import dev.colophon.comments.internal.store.ThreadDao;
import dev.colophon.comments.internal.thread.CommentService;
import dev.colophon.comments.internal.thread.ThreadService;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** What admins do to comments: list, approve, reject, mark spam, edit, delete, block their authors. */
public final class ModerationService {
    private static final int MAX_BULK = 500;
    private static final Set<String> LISTABLE = Set.of("all", Status.PENDING.value(), Status.APPROVED.value(), Status.REJECTED.value(), Status.SPAM.value());

    private final Database db;
    private final ThreadService threads;
    private final CommentRenderer renderer = new CommentRenderer();
    private final Clock clock;
    private final Notifier notifier;
    private final Teacher teacher;

    public ModerationService(Database db, ThreadService threads, Clock clock, Notifier notifier, Teacher teacher) {
        this.db = db;
        this.teacher = teacher;
        this.notifier = notifier;
        this.threads = threads;
        this.clock = clock;
    }

    public List<AdminComment> list(String status, String site, String page, int limit, int offset) {
        if (!LISTABLE.contains(status)) {
            throw Refused.invalid("status must be one of " + String.join(", ", LISTABLE));
        }
        if (limit < 1 || limit > 500 || offset < 0) {
            throw Refused.invalid("limit must be 1-500 and offset 0 or more");
        }
        return db.jdbi().withExtension(CommentDao.class, dao -> dao.list(status, site, page, limit, offset));
    }

    /** The owner's decision on a comment; approving and marking spam teach the spam filter at once. */
    public AdminComment setStatus(long id, Status status) {
        AdminComment comment = find(id);
        db.execute(handle -> {
            CommentDao dao = Daos.of(handle, CommentDao.class);
            teacher.decided(handle, dao.get(id).orElseThrow(), status);
            dao.setStatus(id, status, clock.millis());
            Daos.of(handle, ThreadDao.class).touch(comment.site(), comment.page());
            if (status == Status.APPROVED && comment.status() == Status.PENDING) {
                notifier.replyVisible(handle, dao.get(id).orElseThrow(), comment.page()); // first seen now
            }
        });
        notifier.afterCommit();
        teacher.afterCommit();
        threads.invalidate(comment.site(), comment.page());
        return find(id);
    }

    /** One action on many comments: approve, reject, spam, not-spam (approve a comment the filter took for spam) or delete. */
    public int bulk(String action, List<Long> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_BULK) {
            throw Refused.invalid("ids must list 1 to " + MAX_BULK + " comment numbers");
        }
        Status status = switch (action == null ? "" : action) {
            case "approve", "not-spam" -> Status.APPROVED;
            case "reject" -> Status.REJECTED;
            case "spam" -> Status.SPAM;
            case "delete" -> Status.DELETED;
            default -> throw Refused.invalid("action must be approve, reject, spam, not-spam or delete");
        };
        ids.forEach(this::find); // all or nothing: an unknown id is reported before any is changed
        for (long id : ids) {
            if (status == Status.DELETED) {
                delete(id);
            } else {
                setStatus(id, status);
            }
        }
        return ids.size();
    }

    public AdminComment edit(long id, String raw) {
        String body = CleanText.multiline(raw);
        AdminComment comment = find(id);
        if (body == null || body.isBlank()) {
            throw Refused.invalid("body is required");
        }
        String html = renderer.render(body.strip());
        db.execute(handle -> {
            Daos.of(handle, CommentDao.class).setBody(id, body.strip(), html, clock.millis());
            Daos.of(handle, ThreadDao.class).touch(comment.site(), comment.page());
        });
        threads.invalidate(comment.site(), comment.page());
        return find(id);
    }

    public void delete(long id) {
        AdminComment comment = find(id);
        CommentRow row = db.jdbi().withExtension(CommentDao.class, dao -> dao.get(id)).orElseThrow();
        CommentService.removeOrBlank(db, row, clock.millis());
        threads.invalidate(comment.site(), comment.page());
    }

    /** Blocks the author of a comment by email (when given) and address hash, and marks the comment spam. */
    public List<BlockRow> blockAuthorOf(long id) {
        CommentRow row = db.jdbi().withExtension(CommentDao.class, dao -> dao.get(id))
                .orElseThrow(() -> Refused.notFound("comment " + id + " not found"));
        db.execute(handle -> {
            BlockDao blocks = Daos.of(handle, BlockDao.class);
            if (row.email() != null) {
                blocks.insert("email", row.email(), clock.millis());
            }
            blocks.insert("address", row.addressHash(), clock.millis());
        });
        setStatus(id, Status.SPAM);
        return blocks();
    }

    public BlockRow block(String kind, String value) {
        if (kind == null || !Set.of("email", "address").contains(kind) || value == null || value.isBlank()) {
            throw Refused.invalid("kind must be email or address, with a value");
        }
        db.execute(handle -> Daos.of(handle, BlockDao.class).insert(kind, value.strip(), clock.millis()));
        return blocks().stream().filter(b -> b.kind().equals(kind) && b.value().equals(value.strip())).findFirst().orElseThrow();
    }

    public List<BlockRow> blocks() {
        return db.jdbi().withExtension(BlockDao.class, BlockDao::list);
    }

    public void unblock(long id) {
        if (db.write(handle -> Daos.of(handle, BlockDao.class).delete(id)) == 0) {
            throw Refused.notFound("block " + id + " not found");
        }
    }

    public AdminComment find(long id) {
        return db.jdbi().withExtension(CommentDao.class, dao -> dao.adminView(id))
                .orElseThrow(() -> Refused.notFound("comment " + id + " not found"));
    }
}
