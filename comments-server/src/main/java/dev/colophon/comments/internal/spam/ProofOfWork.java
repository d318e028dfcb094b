package dev.colophon.comments.internal.spam;

import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.limits.VisitorIds;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.jdbi.v3.core.Handle;

/**
 * A small hash puzzle the widget solves in the background before it posts, in the manner of ALTCHA:
 * the server picks a secret number up to {@code max}, sends SHA-256(salt + number) with a signature,
 * and the browser tries numbers until it finds the one that hashes alike. Checking costs the server
 * one hash and one HMAC; a solution is good once (kept in {@code spent_challenges} until it expires)
 * and for {@link #LIFETIME}. No third party, no cookie, nothing to read or click.
 */
public final class ProofOfWork {
    static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the widget gets: {@code GET /api/v1/challenge}. */
    public record Challenge(String algorithm, String challenge, String salt, String signature, int maxnumber) {
    }

    /** What the widget sends back with the comment, as the {@code pow} field. */
    public record Solution(String algorithm, String challenge, String salt, String signature, Long number) {
    }

    private final VisitorIds ids;
    private final Clock clock;
    private final int max;

    public ProofOfWork(VisitorIds ids, Clock clock, int max) {
        this.ids = ids;
        this.clock = clock;
        this.max = max;
    }

    public Challenge issue() {
        long expires = clock.millis() + LIFETIME.toMillis();
        String salt = VisitorIds.randomHex(12) + "?expires=" + expires / 1000;
        String challenge = sha256(salt + RANDOM.nextInt(max + 1));
        return new Challenge("SHA-256", challenge, salt, ids.sign("pow:" + challenge), max);
    }

    /** Checks a solution and spends it, inside the transaction that stores the comment. */
    public void spend(Handle handle, Solution solution) {
        long expires = check(solution);
        if (Daos.of(handle, SpamDao.class).spend(solution.challenge(), expires) == 0) {
            throw new ChallengeFailed("this proof of work was used already; the widget solves a new one for each comment");
        }
        if (RANDOM.nextInt(100) == 0) {
            Daos.of(handle, SpamDao.class).forgetExpired(clock.millis());
        }
    }

    /** The expiry of a valid solution, in epoch milliseconds; throws when it is not valid. */
    public long check(Solution s) {
        if (s == null || s.challenge() == null || s.salt() == null || s.signature() == null || s.number() == null) {
            throw new ChallengeFailed("this server asks for a proof of work (the widget's pow field); reload the page and post again");
        }
        byte[] expected = ids.sign("pow:" + s.challenge()).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, s.signature().getBytes(StandardCharsets.UTF_8))) {
            throw new ChallengeFailed("the proof of work was not issued by this server");
        }
        long expires;
        try {
            expires = Long.parseLong(s.salt().substring(s.salt().indexOf("?expires=") + "?expires=".length())) * 1000;
        } catch (RuntimeException e) {
            throw new ChallengeFailed("the proof of work's salt has no expiry");
        }
        if (expires < clock.millis()) {
            throw new ChallengeFailed("the proof of work expired; reload the page and post again");
        }
        if (s.number() < 0 || s.number() > max || !sha256(s.salt() + s.number()).equals(s.challenge())) {
            throw new ChallengeFailed("the proof of work is not solved");
        }
        return expires;
    }

    static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
