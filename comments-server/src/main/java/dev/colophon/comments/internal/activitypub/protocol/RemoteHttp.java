package dev.colophon.comments.internal.activitypub.protocol;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The only way federation reaches other servers: every GET (actors, keys, objects) and every delivery
 * POST passes the SSRF guard of {@code fetch_allow_hosts} behind this interface.
 */
public interface RemoteHttp {
    /** An answer, its body cut at {@link #MAX_BODY} bytes. */
    record Answer(int status, String contentType, byte[] body) {
    }

    int MAX_BODY = 1 << 20;

    /** Fetches a document; throws {@code FederationException} (UNREACHABLE) when it cannot or may not. */
    Answer get(URI uri, Map<String, String> headers);

    /** Posts to an inbox; completes with the status, or exceptionally when it could not be sent. */
    CompletableFuture<Integer> post(URI uri, Map<String, String> headers, byte[] body);
}
