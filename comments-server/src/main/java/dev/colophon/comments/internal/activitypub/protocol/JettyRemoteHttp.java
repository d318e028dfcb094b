package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.errors.FederationException;
import dev.colophon.comments.internal.errors.FederationException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * {@link RemoteHttp} on Jetty's client, whose every connection is resolved by the given resolver: the
 * SSRF guard of {@code fetch_allow_hosts}, so no actor, key, object or inbox URL a stranger names can
 * reach a private address. GETs take 10 s and 1 MB at most and follow no redirects (an actor's id must
 * be where it is fetched); deliveries take 30 s.
 */
public final class JettyRemoteHttp implements RemoteHttp, AutoCloseable {
    private static final Duration GET_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = new HttpClient();

    public JettyRemoteHttp(SocketAddressResolver resolver, String userAgent) {
        client.setSocketAddressResolver(resolver);
        client.setFollowRedirects(false);
        client.setConnectTimeout(GET_TIMEOUT.toMillis());
        client.setMaxConnectionsPerDestination(8);
        client.setUserAgentField(new org.eclipse.jetty.http.HttpField(HttpHeader.USER_AGENT, userAgent));
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the HTTP client: " + e.getMessage(), e);
        }
    }

    @Override
    public Answer get(URI uri, Map<String, String> headers) {
        Request request = client.newRequest(uri).timeout(GET_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .headers(h -> put(h, headers));
        InputStreamResponseListener listener = new InputStreamResponseListener();
        request.send(listener);
        try {
            Response response = listener.get(GET_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.getStatus(), response.getHeaders().get(HttpHeader.CONTENT_TYPE), read(request, listener));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FederationException(Reason.UNREACHABLE, "interrupted while fetching " + uri);
        } catch (Exception e) {
            request.abort(e);
            throw new FederationException(Reason.UNREACHABLE, "cannot fetch " + uri + ": " + rootMessage(e));
        }
    }

    private static byte[] read(Request request, InputStreamResponseListener listener) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = listener.getInputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (body.size() + n > MAX_BODY) {
                    request.abort(new IOException("body over " + MAX_BODY + " bytes"));
                    throw new IOException("the answer is over " + MAX_BODY + " bytes");
                }
                body.write(buffer, 0, n);
            }
        }
        return body.toByteArray();
    }

    @Override
    public CompletableFuture<Integer> post(URI uri, Map<String, String> headers, byte[] body) {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        client.newRequest(uri).method("POST").timeout(POST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .headers(h -> put(h, headers))
                .body(new BytesRequestContent(headers.getOrDefault("Content-Type", ActivityJson.MEDIA_TYPE), body))
                .send(result -> {
                    if (result.isSucceeded()) {
                        status.complete(result.getResponse().getStatus());
                    } else {
                        status.completeExceptionally(result.getFailure());
                    }
                });
        return status;
    }

    /** Jetty writes the Host header from the URI itself (the same value that was signed); a second one is refused. */
    private static void put(org.eclipse.jetty.http.HttpFields.Mutable fields, Map<String, String> headers) {
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Type")) {
                fields.put(name, value);
            }
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            // stopping: nothing left to do with a failure
        }
    }
}
