package dev.colophon.comments;

import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.moderation.PasswordHasher;

/** Admin passwords as the server checks them: made at random, kept only as the hash {@code admin_password_hash} holds. */
public final class AdminPassword {
    private AdminPassword() {
    }

    /** A new random password of 16 hexadecimal digits. */
    public static String random() {
        return VisitorIds.randomHex(8);
    }

    /** The {@code pbkdf2-sha256$…} hash of a password, for {@code admin_password_hash}. */
    public static String hash(String password) {
        return PasswordHasher.hash(password);
    }
}
