package dev.colophon.comments.internal.activitypub;

import java.security.PublicKey;

/** {@link MessageSigner}'s Multikey encoding, for the tests of the internal package. */
public final class MessageSignerAccess {
    private MessageSignerAccess() {
    }

    public static String multikey(PublicKey key) {
        return MessageSigner.multikey(key);
    }
}
