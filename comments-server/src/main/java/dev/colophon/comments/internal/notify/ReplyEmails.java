package dev.colophon.comments.internal.notify;

import dev.colophon.comments.internal.store.CommentDao;
import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.store.Database;
import java.time.Clock;
import java.util.Locale;

/** Whether an address gets reply emails: confirmed from the email's link, stopped from its unsubscribe link. */
public final class ReplyEmails {
    private final Database db;
    private final Clock clock;

    public ReplyEmails(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The address asked for reply emails and proved it reads them. */
    public void confirm(String email) {
        db.execute(handle -> Daos.of(handle, MailAddressDao.class).confirm(email.toLowerCase(Locale.ROOT), clock.millis()));
    }

    /** No more reply emails to the address; returns on how many comments they were asked for. */
    public int stop(String email) {
        return db.write(handle -> Daos.of(handle, CommentDao.class).stopReplyEmails(email.toLowerCase(Locale.ROOT)));
    }
}
