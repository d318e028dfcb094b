package dev.colophon.comments.internal.share;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.ShareDao;
import dev.colophon.comments.internal.store.ThreadDao;
import dev.colophon.comments.internal.thread.ThreadService;
import java.time.Clock;

/** Counts share actions from a page's share controls, per page and day; nothing about the reader is kept. */
public final class ShareService {
    private final Database db;
    private final ThreadService threads;
    private final Clock clock;

    public ShareService(Database db, ThreadService threads, Clock clock) {
        this.db = db;
        this.threads = threads;
        this.clock = clock;
    }

    /** Counts one share of a page and returns its shares so far. */
    public long share(String site, String page) {
        long day = Math.floorDiv(clock.millis(), 86_400_000L);
        long shares = db.write(handle -> {
            Daos.of(handle, ShareDao.class).add(site, page, day, 1);
            ThreadDao threadDao = Daos.of(handle, ThreadDao.class); // the count is part of the thread's JSON
            threadDao.insertIfAbsent(site, page, clock.millis());
            threadDao.touch(site, page);
            return Daos.of(handle, ShareDao.class).count(site, page);
        });
        threads.invalidate(site, page);
        return shares;
    }
}
