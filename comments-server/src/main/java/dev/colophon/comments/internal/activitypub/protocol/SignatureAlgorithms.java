package dev.colophon.comments.internal.activitypub.protocol;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Optional;

/**
 * The RFC 9421 signature algorithms this server checks (section 3.3), by their {@code alg} names;
 * without {@code alg}, the key's type decides (RSA keys are {@code rsa-v1_5-sha256}, as the fediverse
 * uses them). {@code hmac-sha256} needs a shared secret, which servers of strangers do not have.
 */
enum SignatureAlgorithms {
    RSA_V1_5_SHA256("rsa-v1_5-sha256", RSAPublicKey.class),
    RSA_PSS_SHA512("rsa-pss-sha512", RSAPublicKey.class),
    ED25519("ed25519", EdECPublicKey.class),
    ECDSA_P256_SHA256("ecdsa-p256-sha256", ECPublicKey.class),
    ECDSA_P384_SHA384("ecdsa-p384-sha384", ECPublicKey.class);

    private final String alg;
    private final Class<? extends PublicKey> keyType;

    SignatureAlgorithms(String alg, Class<? extends PublicKey> keyType) {
        this.alg = alg;
        this.keyType = keyType;
    }

    String alg() {
        return alg;
    }

    static Optional<SignatureAlgorithms> named(String alg) {
        for (SignatureAlgorithms algorithm : values()) {
            if (algorithm.alg.equals(alg)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /** The algorithm a key implies when the signature names none. */
    static Optional<SignatureAlgorithms> forKey(PublicKey key) {
        if (key instanceof RSAPublicKey) {
            return Optional.of(RSA_V1_5_SHA256);
        }
        if (key instanceof EdECPublicKey ed && "Ed25519".equals(ed.getParams().getName())) {
            return Optional.of(ED25519);
        }
        if (key instanceof ECPublicKey ec) {
            return Optional.of(ec.getParams().getCurve().getField().getFieldSize() > 256 ? ECDSA_P384_SHA384 : ECDSA_P256_SHA256);
        }
        return Optional.empty();
    }

    /** Whether {@code signature} is this algorithm's signature of {@code base} by {@code key}; false for a key of another type. */
    boolean verifies(PublicKey key, byte[] base, byte[] signature) {
        if (!keyType.isInstance(key)) {
            return false;
        }
        try {
            Signature verifier = switch (this) {
                case RSA_V1_5_SHA256 -> Signature.getInstance("SHA256withRSA");
                case RSA_PSS_SHA512 -> {
                    Signature pss = Signature.getInstance("RSASSA-PSS");
                    pss.setParameter(new PSSParameterSpec("SHA-512", "MGF1", MGF1ParameterSpec.SHA512, 64, 1));
                    yield pss;
                }
                case ED25519 -> Signature.getInstance("Ed25519");
                // RFC 9421 sends ECDSA's r and s as two fixed-size numbers, Java's P1363 format, not DER
                case ECDSA_P256_SHA256 -> Signature.getInstance("SHA256withECDSAinP1363Format");
                case ECDSA_P384_SHA384 -> Signature.getInstance("SHA384withECDSAinP1363Format");
            };
            verifier.initVerify(key);
            verifier.update(base);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a malformed signature is a signature that does not verify
        }
    }
}
