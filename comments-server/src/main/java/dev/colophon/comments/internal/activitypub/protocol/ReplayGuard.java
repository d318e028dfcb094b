package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Remembers every accepted signature until its Date leaves the accepted window, in the database so that
 * a request replayed to another instance is refused as well.
 */
public final class ReplayGuard {
    /** The seen signatures; see {@code V14__activitypub.sql}. */
    public interface SeenDao {
        @SqlUpdate("INSERT INTO ap_signatures (digest, expires_at) VALUES (:digest, :expires) ON CONFLICT (digest) DO NOTHING")
        int insert(@Bind("digest") String digest, @Bind("expires") long expires);
    }

    private final Database db;

    public ReplayGuard(Database db) {
        this.db = db;
    }

    /** True the first time a signature is seen; false for a replay. */
    public boolean firstUse(String signature, Instant expires) {
        String digest = sha256(signature);
        return db.write(handle -> Daos.of(handle, SeenDao.class).insert(digest, expires.toEpochMilli())) == 1;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
