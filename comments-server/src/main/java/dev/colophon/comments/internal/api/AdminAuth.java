package dev.colophon.comments.internal.api;

import dev.colophon.comments.internal.moderation.PasswordHasher;
import dev.colophon.comments.internal.store.Daos;
import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.SessionDao;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Authenticates the admin API: a bearer token (CLI, scripts) or a dashboard session cookie, which is
 * HttpOnly and SameSite=Strict, and whose writes must also carry the session's CSRF token.
 */
public final class AdminAuth {
    public static final String COOKIE = "colophon_session";
    private static final Duration SESSION = Duration.ofDays(7);

    private final Database db;
    private final String tokenHash;
    private final String passwordHash;
    private final Clock clock;

    /** A new dashboard session: the cookie value to set and the CSRF token to send with writes. */
    public record Session(String cookie, String csrf, long maxAgeSeconds) {
    }

    public AdminAuth(Database db, String adminToken, String passwordHash, Clock clock) {
        this.db = db;
        this.tokenHash = adminToken == null ? null : VisitorIds.tokenHash(adminToken);
        this.passwordHash = passwordHash;
        this.clock = clock;
    }

    /** A before-handler for admin paths other than login. */
    public void require(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            if (tokenHash != null && equal(VisitorIds.tokenHash(authorization.substring(7).strip()), tokenHash)) {
                return;
            }
            throw ApiException.unauthorized("invalid admin token");
        }
        String cookie = ctx.cookie(COOKIE);
        if (cookie == null) {
            throw ApiException.unauthorized("log in first (POST /api/v1/admin/login) or send Authorization: Bearer TOKEN");
        }
        String csrf = csrfOf(cookie).orElseThrow(() -> ApiException.unauthorized("session expired; log in again"));
        boolean write = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
        if (write && !equal(csrf, ctx.header("X-CSRF-Token"))) {
            throw ApiException.forbidden("missing or wrong X-CSRF-Token header");
        }
    }

    /**
     * Whether a request comes from the site's owner: the admin token, or a live dashboard session. It marks
     * the owner's own comments only, so it needs no CSRF token: the session cookie is SameSite=Strict, and
     * no page of another site can send it along.
     */
    public boolean isOwner(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            return tokenHash != null && equal(VisitorIds.tokenHash(authorization.substring(7).strip()), tokenHash);
        }
        String cookie = ctx.cookie(COOKIE);
        return cookie != null && csrfOf(cookie).isPresent();
    }

    public Optional<String> csrfOf(String cookie) {
        return db.jdbi().withExtension(SessionDao.class, dao -> dao.csrfOf(VisitorIds.tokenHash(cookie), clock.millis()));
    }

    /** How to turn on the dashboard's login, for a server started with an admin token only. */
    public static final String NO_PASSWORD = "this server has no admin password, so the dashboard cannot log in: make a hash"
            + " with 'colophon comments hash-password', set it as admin_password_hash in the server's settings (or"
            + " COLOPHON_ADMIN_PASSWORD_HASH) and restart; the preview ('colophon serve') makes one for you";

    public boolean passwordConfigured() {
        return passwordHash != null;
    }

    public Session login(String password) {
        if (passwordHash == null) {
            throw new ApiException(409, "no_password", NO_PASSWORD);
        }
        if (password == null || !PasswordHasher.matches(password, passwordHash)) {
            throw ApiException.unauthorized("wrong password");
        }
        String cookie = VisitorIds.randomHex(32);
        String csrf = VisitorIds.randomHex(16);
        db.execute(handle -> Daos.of(handle, SessionDao.class)
                .insert(VisitorIds.tokenHash(cookie), csrf, clock.millis() + SESSION.toMillis()));
        return new Session(cookie, csrf, SESSION.toSeconds());
    }

    public void logout(String cookie) {
        if (cookie != null) {
            db.execute(handle -> Daos.of(handle, SessionDao.class).delete(VisitorIds.tokenHash(cookie), clock.millis()));
        }
    }

    private static boolean equal(String a, String b) {
        return b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
