package dev.colophon.comments.internal.activitypub.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tomitribe.auth.signatures.Signature;
import org.tomitribe.auth.signatures.Signer;

/**
 * Signs the blog's requests as Mastodon expects (draft-cavage HTTP Signatures, {@code rsa-sha256} over
 * {@code (request-target) host date digest}; GETs without a body over {@code (request-target) host date}).
 */
public final class HttpSigner {
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final java.security.PrivateKey key;
    private final java.util.function.Supplier<String> keyId;
    private final Clock clock;

    /** {@code keyId} is asked for at each signature: the server's address may be known only once it listens. */
    public HttpSigner(java.security.PrivateKey key, java.util.function.Supplier<String> keyId, Clock clock) {
        this.key = key;
        this.keyId = keyId;
        this.clock = clock;
    }

    /** The headers to send with a request: Host, Date, Digest (with a body) and Signature. */
    public Map<String, String> sign(String method, URI uri, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", authority(uri));
        headers.put("Date", HTTP_DATE.format(clock.instant()));
        String[] covered = body == null
                ? new String[] {"(request-target)", "host", "date"}
                : new String[] {"(request-target)", "host", "date", "digest"};
        if (body != null) {
            headers.put("Digest", digest(body));
        }
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        try {
            Signature signed = new Signer(key, new Signature(keyId.get(), "rsa-sha256", null, covered))
                    .sign(method, target, headers);
            headers.put("Signature", signed.toString().substring("Signature ".length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return headers;
    }

    /** {@code SHA-256=…}, the Digest header of a body (RFC 3230). */
    public static String digest(byte[] body) {
        try {
            return "SHA-256=" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Host header of a URI: its host, with the port when it is not the scheme's default. */
    static String authority(URI uri) {
        int port = uri.getPort();
        boolean standard = port == -1 || ("https".equals(uri.getScheme()) && port == 443) || ("http".equals(uri.getScheme()) && port == 80);
        return uri.getHost() + (standard ? "" : ":" + port);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
