package dev.colophon.comments.internal.activitypub.protocol;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Public keys as PEM text ({@code -----BEGIN PUBLIC KEY-----}), the form actor documents carry, and
 * Ed25519 keys as FEP-521a Multikeys ({@code publicKeyMultibase}), turned into PEM to be kept alike.
 */
public final class Pem {
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    /** SubjectPublicKeyInfo of an Ed25519 key (RFC 8410) up to its 32 key bytes. */
    private static final byte[] ED25519_SPKI = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Pem() {
    }

    public static String publicKey(PublicKey key) {
        return pem(key.getEncoded());
    }

    private static String pem(byte[] spki) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(spki);
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    /** Reads an RSA, Ed25519 or EC public key in SubjectPublicKeyInfo PEM; null when the text is none of them. */
    public static PublicKey readPublicKey(String pem) {
        if (pem == null) {
            return null;
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] spki;
        try {
            spki = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (String algorithm : new String[] {"RSA", "Ed25519", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(spki));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // not a key of this kind: try the next
            }
        }
        return null;
    }

    /**
     * The PEM of an Ed25519 Multikey ({@code z} + base58btc of the multicodec prefix 0xed 0x01 and the
     * 32 key bytes), or null when the value is not one.
     */
    public static String fromMultikey(String multibase) {
        if (multibase == null || !multibase.startsWith("z")) {
            return null;
        }
        byte[] decoded = base58(multibase.substring(1));
        if (decoded == null || decoded.length != 34 || (decoded[0] & 0xff) != 0xed || decoded[1] != 0x01) {
            return null;
        }
        ByteArrayOutputStream spki = new ByteArrayOutputStream();
        spki.writeBytes(ED25519_SPKI);
        spki.write(decoded, 2, 32);
        return pem(spki.toByteArray());
    }

    private static byte[] base58(String text) {
        BigInteger value = BigInteger.ZERO;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        for (char c : text.toCharArray()) {
            int digit = BASE58.indexOf(c);
            if (digit < 0) {
                return null;
            }
            value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
        }
        byte[] bytes = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int sign = bytes.length > 1 && bytes[0] == 0 ? 1 : 0; // BigInteger's sign byte
        byte[] out = new byte[zeros + bytes.length - sign];
        System.arraycopy(bytes, sign, out, zeros, bytes.length - sign);
        return out;
    }
}
