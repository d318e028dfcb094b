package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.errors.FederationException;
import dev.colophon.comments.internal.errors.FederationException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.greenbytes.http.sfv.ByteSequenceItem;
import org.greenbytes.http.sfv.ListElement;

/**
 * Checks an inbox POST signed with RFC 9421 HTTP Message Signatures, as newer fediverse servers send
 * it: the signature must cover {@code @method}, the target ({@code @target-uri}, or {@code @authority}
 * with {@code @path} or {@code @request-target}) and {@code content-digest}; its {@code created} must
 * lie within {@link SignatureVerifier#SKEW} of now and its {@code expires}, if any, ahead; the
 * Content-Digest (RFC 9530, {@code sha-256} or {@code sha-512}) must match the body; and it is
 * accepted once.
 */
final class MessageSignatureVerifier {
    private static final Map<String, String> DIGESTS = Map.of("sha-256", "SHA-256", "sha-512", "SHA-512");

    private final KeyResolver keys;
    private final ReplayGuard replays;
    private final Clock clock;
    private final Supplier<String> scheme;

    /** @param scheme the scheme senders address this server by ({@code https} behind a TLS proxy) */
    MessageSignatureVerifier(KeyResolver keys, ReplayGuard replays, Clock clock, Supplier<String> scheme) {
        this.keys = keys;
        this.replays = replays;
        this.clock = clock;
        this.scheme = scheme;
    }

    RemoteActor verify(String method, String target, Map<String, String> headers, byte[] body) {
        MessageSignature signature = MessageSignature.read(new MessageSignature.Request(method, scheme.get(), target, headers));
        checkCoverage(signature.components());
        checkDigest(headers.get("content-digest"), body);
        Instant created = checkTimes(signature);
        RemoteActor actor = keys.actorForKey(signature.keyId(), false);
        if (!verifies(actor, signature)) {
            actor = keys.actorForKey(signature.keyId(), true); // a rotated key: fetch the actor once more
            if (!verifies(actor, signature)) {
                throw bad("the signature does not match the key " + signature.keyId());
            }
        }
        if (!replays.firstUse(Base64.getEncoder().encodeToString(signature.signature()), created.plus(SignatureVerifier.SKEW))) {
            throw bad("this signed request was already received (a replay)");
        }
        return actor;
    }

    private static void checkCoverage(List<String> covered) {
        boolean target = covered.contains("@target-uri")
                || covered.contains("@authority") && (covered.contains("@path") || covered.contains("@request-target"));
        if (!covered.contains("@method") || !target || !covered.contains("content-digest")) {
            throw bad("the signature must cover \"@method\", \"@target-uri\" (or \"@authority\" and \"@path\") and"
                    + " \"content-digest\" (it covers " + String.join(" ", covered) + ")");
        }
    }

    /** Every digest given in a known algorithm must match, and at least one must be given. */
    private static void checkDigest(String field, byte[] body) {
        boolean checked = false;
        for (Map.Entry<String, ListElement<?>> digest : MessageSignature.dictionary(field, "Content-Digest").get().entrySet()) {
            String algorithm = DIGESTS.get(digest.getKey());
            if (algorithm == null) {
                continue; // a digest this server does not compute (RFC 9530 lets a sender give several)
            }
            if (!(digest.getValue() instanceof ByteSequenceItem value)
                    || !MessageDigest.isEqual(MessageSignature.bytes(value.get()), hash(algorithm, body))) {
                throw bad("the Content-Digest " + digest.getKey() + " does not match the body");
            }
            checked = true;
        }
        if (!checked) {
            throw bad("the Content-Digest must give sha-256 or sha-512");
        }
    }

    private Instant checkTimes(MessageSignature signature) {
        if (signature.created() == null) {
            throw bad("the signature must say when it was created (the created parameter)");
        }
        Instant now = clock.instant();
        Instant created = Instant.ofEpochSecond(signature.created());
        long off = Math.abs(now.getEpochSecond() - signature.created());
        if (off > SignatureVerifier.SKEW.toSeconds()) {
            throw bad("the signature was created " + off / 60 + " minutes away from now (at most "
                    + SignatureVerifier.SKEW.toMinutes() + " allowed)");
        }
        if (signature.expires() != null && signature.expires() < now.getEpochSecond()) {
            throw bad("the signature has expired");
        }
        return created;
    }

    private static boolean verifies(RemoteActor actor, MessageSignature signature) {
        PublicKey key = Pem.readPublicKey(actor.publicKeyPem());
        if (key == null) {
            throw bad("the key " + signature.keyId() + " cannot be read");
        }
        SignatureAlgorithms algorithm = (signature.alg() == null ? SignatureAlgorithms.forKey(key)
                : SignatureAlgorithms.named(signature.alg()))
                .orElseThrow(() -> bad("the algorithm " + (signature.alg() == null ? "of the key " + signature.keyId()
                        : signature.alg()) + " is not one this server checks"));
        return algorithm.verifies(key, signature.base().getBytes(StandardCharsets.UTF_8), signature.signature());
    }

    private static byte[] hash(String algorithm, byte[] body) {
        try {
            return MessageDigest.getInstance(algorithm).digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FederationException bad(String message) {
        return new FederationException(Reason.BAD_SIGNATURE, message);
    }
}
