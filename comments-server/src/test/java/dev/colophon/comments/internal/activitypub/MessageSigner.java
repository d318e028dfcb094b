package dev.colophon.comments.internal.activitypub;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs a POST the RFC 9421 way, as a newer fediverse server would: Content-Digest (RFC 9530) and a
 * signature over {@code "@method" "@target-uri" "content-digest"} with {@code created} and
 * {@code keyid}. Written out by hand from the RFC's rules, apart from the server's code it tests.
 */
final class MessageSigner {
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private MessageSigner() {
    }

    /** The fields to send. {@code alg} is the RFC 9421 name, or null to leave it to the key; {@code params} go after created. */
    static Map<String, String> sign(String url, PrivateKey key, String keyId, String alg, String body, Clock clock,
                                    String components, String params) {
        URI uri = URI.create(url);
        String contentDigest = "sha-256=:" + base64(sha256(body)) + ":";
        String signatureParams = "(" + components + ");created=" + clock.instant().getEpochSecond()
                + ";keyid=\"" + keyId + "\"" + (alg == null ? "" : ";alg=\"" + alg + "\"") + params;
        StringBuilder base = new StringBuilder();
        for (String component : components.split(" ")) {
            String name = component.replace("\"", "");
            String value = switch (name) {
                case "@method" -> "POST";
                case "@target-uri" -> url;
                case "@authority" -> uri.getAuthority();
                case "@path" -> uri.getRawPath();
                case "content-digest" -> contentDigest;
                default -> throw new IllegalArgumentException(name);
            };
            base.append(component).append(": ").append(value).append('\n');
        }
        base.append("\"@signature-params\": ").append(signatureParams);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Digest", contentDigest);
        headers.put("Signature-Input", "sig1=" + signatureParams);
        headers.put("Signature", "sig1=:" + base64(signed(key, alg, base.toString())) + ":");
        return headers;
    }

    /** As Mastodon signs with RFC 9421: rsa-v1_5-sha256 over the method, the target URI and the digest. */
    static Map<String, String> sign(String url, PrivateKey key, String keyId, String body, Clock clock) {
        return sign(url, key, keyId, "rsa-v1_5-sha256", body, clock, "\"@method\" \"@target-uri\" \"content-digest\"", "");
    }

    private static byte[] signed(PrivateKey key, String alg, String base) {
        try {
            Signature signer = Signature.getInstance("Ed25519".equals(key.getAlgorithm()) || "EdDSA".equals(key.getAlgorithm())
                    ? "Ed25519" : "SHA256withRSA");
            signer.initSign(key);
            signer.update(base.getBytes(StandardCharsets.UTF_8));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(String body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** An Ed25519 public key as a FEP-521a Multikey: "z" + base58btc(0xed 0x01 + the 32 key bytes). */
    static String multikey(PublicKey key) {
        byte[] spki = key.getEncoded(); // 12 bytes of SubjectPublicKeyInfo, then the key
        byte[] prefixed = new byte[34];
        prefixed[0] = (byte) 0xed;
        prefixed[1] = 0x01;
        System.arraycopy(spki, spki.length - 32, prefixed, 2, 32);
        StringBuilder text = new StringBuilder();
        BigInteger value = new BigInteger(1, prefixed);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(BigInteger.valueOf(58));
            text.append(BASE58.charAt(division[1].intValue()));
            value = division[0];
        }
        return "z" + text.reverse(); // 0xed leads, so there are no leading zero bytes to write as '1'
    }

    static byte[] raw(PublicKey key) {
        byte[] spki = key.getEncoded();
        return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    }
}
