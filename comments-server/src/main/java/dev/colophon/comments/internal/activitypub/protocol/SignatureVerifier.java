package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.errors.FederationException;
import dev.colophon.comments.internal.errors.FederationException.Reason;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tomitribe.auth.signatures.Algorithm;
import org.tomitribe.auth.signatures.Signature;
import org.tomitribe.auth.signatures.Verifier;

/**
 * Checks the HTTP Signature of an inbox POST as Mastodon and GoToSocial send it (draft-cavage,
 * {@code rsa-sha256} or {@code hs2019} with an RSA key): the signature must cover
 * {@code (request-target) host date digest}, the Digest must match the body, the Date must lie within
 * {@link #SKEW} of now, and the same signature is accepted only once ({@link ReplayGuard}). A request
 * with a {@code Signature-Input} field is signed the RFC 9421 way instead and checked by
 * {@link MessageSignatureVerifier}.
 */
public final class SignatureVerifier {
    static final Duration SKEW = Duration.ofMinutes(30);
    private static final List<String> REQUIRED = List.of("(request-target)", "host", "date", "digest");

    private final KeyResolver keys;
    private final ReplayGuard replays;
    private final Clock clock;
    private final MessageSignatureVerifier rfc9421;

    /** A verifier for a server addressed over https. */
    public SignatureVerifier(KeyResolver keys, ReplayGuard replays, Clock clock) {
        this(keys, replays, clock, () -> "https");
    }

    /** @param scheme the scheme senders address this server by, which RFC 9421 signatures cover */
    public SignatureVerifier(KeyResolver keys, ReplayGuard replays, Clock clock, java.util.function.Supplier<String> scheme) {
        this.keys = keys;
        this.replays = replays;
        this.clock = clock;
        this.rfc9421 = new MessageSignatureVerifier(keys, replays, clock, scheme);
    }

    /**
     * Returns the signing actor, or throws {@link Reason#UNSIGNED} / {@link Reason#BAD_SIGNATURE}.
     *
     * @param headers the request's headers, names in lower case
     */
    public RemoteActor verify(String method, String target, Map<String, String> headers, byte[] body) {
        if (headers.containsKey("signature-input")) {
            return rfc9421.verify(method, target, headers, body);
        }
        Signature signature = parse(headers.get("signature"));
        List<String> covered = signature.getHeaders().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (!covered.containsAll(REQUIRED)) {
            throw bad("the signature must cover " + String.join(" ", REQUIRED) + " (it covers " + String.join(" ", covered) + ")");
        }
        checkDigest(headers.get("digest"), body);
        Instant date = checkDate(headers.get("date"));
        RemoteActor actor = keys.actorForKey(signature.getKeyId(), false);
        if (!verifies(actor, signature, method, target, headers)) {
            actor = keys.actorForKey(signature.getKeyId(), true); // a rotated key: fetch the actor once more
            if (!verifies(actor, signature, method, target, headers)) {
                throw bad("the signature does not match the key " + signature.getKeyId());
            }
        }
        if (!replays.firstUse(signature.getSignature(), date.plus(SKEW))) {
            throw bad("this signed request was already received (a replay)");
        }
        return actor;
    }

    private static Signature parse(String header) {
        if (header == null || header.isBlank()) {
            throw new FederationException(Reason.UNSIGNED, "inbox requests must carry an HTTP Signature header");
        }
        String value = header.contains("algorithm=") ? header : "algorithm=\"hs2019\"," + header;
        try {
            Signature signature = Signature.fromString(value, Algorithm.RSA_SHA256);
            if (signature.getKeyId() == null || signature.getHeaders() == null) {
                throw bad("the Signature header has no keyId or headers");
            }
            return signature;
        } catch (RuntimeException e) {
            if (e instanceof FederationException f) {
                throw f;
            }
            throw bad("the Signature header cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static void checkDigest(String digest, byte[] body) {
        if (digest == null) {
            throw bad("a Digest header is required");
        }
        String expected = HttpSigner.digest(body);
        boolean matches = false;
        for (String part : digest.split(",")) {
            String item = part.strip();
            int eq = item.indexOf('=');
            if (eq > 0 && item.substring(0, eq).equalsIgnoreCase("SHA-256")
                    && MessageDigest.isEqual(item.substring(eq + 1).getBytes(), expected.substring("SHA-256=".length()).getBytes())) {
                matches = true;
            }
        }
        if (!matches) {
            throw bad("the Digest header does not match the body (SHA-256 expected)");
        }
    }

    private Instant checkDate(String header) {
        if (header == null) {
            throw bad("a Date header is required");
        }
        Instant date;
        try {
            date = ZonedDateTime.parse(header, HttpSigner.HTTP_DATE).toInstant();
        } catch (DateTimeParseException e) {
            throw bad("the Date header is not an HTTP date");
        }
        Duration off = Duration.between(clock.instant(), date).abs();
        if (off.compareTo(SKEW) > 0) {
            throw bad("the Date header is " + off.toMinutes() + " minutes away from now (at most " + SKEW.toMinutes() + " allowed)");
        }
        return date;
    }

    private static boolean verifies(RemoteActor actor, Signature signature, String method, String target,
                                    Map<String, String> headers) {
        PublicKey key = Pem.readPublicKey(actor.publicKeyPem());
        if (!(key instanceof java.security.interfaces.RSAPublicKey)) {
            throw bad("the key " + signature.getKeyId() + " is not an RSA public key");
        }
        try {
            return new Verifier(key, signature).verify(method, target, headers);
        } catch (Exception e) { // the library throws checked and unchecked kinds for a signature it cannot check
            return false;
        }
    }

    private static FederationException bad(String message) {
        return new FederationException(Reason.BAD_SIGNATURE, message);
    }
}
