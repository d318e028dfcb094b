package dev.colophon.comments.internal.spam;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.spam.tokens.Tokenizer;
import dev.colophon.comments.internal.store.CommentRow;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Teaches the classifier from the owner's decisions, wherever they are made (dashboard, CLI, email
 * link, admin API all end in {@code ModerationService.setStatus}): approving teaches ham, marking spam
 * teaches spam, and a changed mind ("not spam") first unteaches what the comment taught before. The
 * counts change in the decision's own transaction, so a lesson is never half kept.
 */
public final class Teacher {
    public static final String SPAM = "spam";
    public static final String HAM = "ham";

    private final Database db;
    private final Model model;
    private final SpamFilter filter;
    private final java.time.Clock clock;

    public Teacher(Database db, Model model, SpamFilter filter, java.time.Clock clock) {
        this.db = db;
        this.model = model;
        this.filter = filter;
        this.clock = clock;
    }

    /** A comment's status changes to {@code status}: teach what that says, inside the decision's transaction. */
    public void decided(Handle handle, CommentRow row, Status status) {
        SpamDao dao = Daos.of(handle, SpamDao.class);
        String label = status == Status.APPROVED ? HAM : status == Status.SPAM ? SPAM : null;
        String before = dao.trainedAs(row.id()).orElse(null);
        if (row.email() != null && status == Status.APPROVED && !HAM.equals(before)) {
            dao.approved(filter.emailHash(row.email()), clock.millis());
        } else if (row.email() != null && SPAM.equals(label)) {
            dao.distrust(filter.emailHash(row.email()));
        }
        if (Objects.equals(before, label)) {
            return;
        }
        List<String> features = features(row);
        if (before != null) {
            learn(dao, features, before, -1);
        }
        if (label != null) {
            learn(dao, features, label, 1);
        }
        dao.trainedAs(row.id(), label);
    }

    /** Reads what the decisions taught into memory; call after their transaction committed. */
    public void afterCommit() {
        model.refresh(db.jdbi());
    }

    /** Teaches one text without a stored comment: the built-in prior. */
    void learn(Handle handle, String body, String label) {
        Submission s = new Submission("", "", body, null, null, null, null, false, null);
        List<String> features = new ArrayList<>();
        filter.features(s, filter.tokenizer().tokenize(Tokenizer.normalize(body), "")).forEach(features::add);
        learn(Daos.of(handle, SpamDao.class), features, label, 1);
    }

    private List<String> features(CommentRow row) {
        Submission s = new Submission("", "", row.body(), row.author(), row.email(), row.website(), null, false, null);
        List<String> features = new ArrayList<>();
        filter.features(s, filter.tokenizer().tokenize(Tokenizer.normalize(row.body()), "")).forEach(features::add);
        return features;
    }

    private static void learn(SpamDao dao, List<String> features, String label, int delta) {
        int spam = SPAM.equals(label) ? delta : 0;
        int ham = HAM.equals(label) ? delta : 0;
        long seq = dao.count(spam, ham);
        if (!features.isEmpty()) {
            dao.addTokens(features.stream().distinct().toList(), spam, ham, seq);
        }
    }
}
