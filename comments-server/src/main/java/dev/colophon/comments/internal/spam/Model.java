package dev.colophon.comments.internal.spam;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * The classifier's counts in memory, a copy of the tables {@code spam_model} and {@code spam_tokens}.
 * {@link #refresh} reads only the tokens changed since the copy's sequence number, so instances that
 * share a database see each other's lessons for the price of one small query.
 */
public final class Model {
    private final Map<String, long[]> tokens = new ConcurrentHashMap<>();
    private volatile SpamDao.Totals totals = new SpamDao.Totals(0, 0, -1);

    /** Brings the copy up to date with the database; cheap when nothing changed. */
    public void refresh(Jdbi jdbi) {
        SpamDao.Totals now = jdbi.withExtension(SpamDao.class, SpamDao::totals);
        if (now.seq() == totals.seq()) {
            return;
        }
        synchronized (this) {
            SpamDao.Totals seen = totals;
            if (now.seq() == seen.seq()) {
                return;
            }
            for (SpamDao.TokenCounts changed : jdbi.withExtension(SpamDao.class, dao -> dao.changedSince(seen.seq()))) {
                tokens.put(changed.token(), new long[] {Math.max(0, changed.spam()), Math.max(0, changed.ham())});
            }
            totals = now;
        }
    }

    /** {spam, ham}: in how many comments of each the token occurred, or null when never seen. */
    public long[] counts(String token) {
        return tokens.get(token);
    }

    public long spamDocs() {
        return Math.max(0, totals.spamDocs());
    }

    public long hamDocs() {
        return Math.max(0, totals.hamDocs());
    }

    public int size() {
        return tokens.size();
    }
}
