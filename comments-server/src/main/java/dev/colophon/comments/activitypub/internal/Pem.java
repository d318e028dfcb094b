package dev.colophon.comments.activitypub.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Public keys as PEM text ({@code -----BEGIN PUBLIC KEY-----}), the form actor documents carry. */
public final class Pem {
    private Pem() {
    }

    public static String publicKey(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    /** Reads an RSA public key in SubjectPublicKeyInfo PEM; null when the text is not one. */
    public static PublicKey readPublicKey(String pem) {
        if (pem == null) {
            return null;
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
