package dev.colophon.comments.internal.spam;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.resources.Bundled;
import dev.colophon.comments.internal.store.Database;
import java.util.Arrays;

/**
 * The built-in prior: a few dozen spam and ham comments written for Colophon
 * ({@code resources/spam/prior.tsv}), taught once to a new database so that a new site is not
 * defenceless before its owner's first decisions. Instances sharing a database teach it only once.
 */
public final class Prior {
    private static final String RESOURCE = "/spam/prior.tsv";

    private Prior() {
    }

    /** Teaches the prior unless this database already learned it; returns how many comments it taught. */
    public static int teachOnce(Database db, Teacher teacher) {
        String[] lines = Bundled.text(RESOURCE).split("\n");
        int taught = db.write(handle -> {
            if (Daos.of(handle, SpamDao.class).claim("spam_prior", "1") == 0) {
                return 0;
            }
            int count = 0;
            for (String line : Arrays.stream(lines).filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
                int tab = line.indexOf('\t');
                teacher.learn(handle, line.substring(tab + 1), line.substring(0, tab));
                count++;
            }
            return count;
        });
        teacher.afterCommit();
        return taught;
    }
}
