package dev.colophon.comments.internal.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Fetches URLs that strangers hand the server (webmention sources, later ActivityPub actors) with limits:
 * http(s) only, a total time, a body size past which it is cut off, a number of redirects, and every
 * connection, redirects included, through the {@link FetchGuard}.
 */
public final class Fetcher implements AutoCloseable {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** The fetch limits; the defaults are 5 s in all, 1 MB of body, 20 redirects. */
    public record Limits(Duration timeout, int maxBytes, int maxRedirects) {
        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(5), 1 << 20, 20);
        }
    }

    private final HttpClient client = new HttpClient();
    private final Limits limits;

    public Fetcher(FetchGuard guard, Limits limits, String userAgent) {
        this.limits = limits;
        client.setSocketAddressResolver(new GuardedAddressResolver(guard));
        client.setFollowRedirects(false); // followed here, so each hop is checked for scheme and count
        client.setConnectTimeout(limits.timeout().toMillis());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, userAgent));
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the HTTP client: " + e.getMessage(), e);
        }
    }

    /** GETs {@code url}, following redirects; any status comes back, only failures to fetch throw. */
    public Fetched get(URI url, String accept) throws FetchException {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        URI current = url;
        for (int hop = 0; ; hop++) {
            requireHttp(current);
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw timeout(url);
            }
            Request request = client.newRequest(current).timeout(left, TimeUnit.MILLISECONDS)
                    .headers(h -> h.put(HttpHeader.ACCEPT, accept));
            InputStreamResponseListener listener = new InputStreamResponseListener();
            request.send(listener);
            Response response = await(listener, left, url);
            String location = response.getHeaders().get(HttpHeader.LOCATION);
            if (REDIRECTS.contains(response.getStatus()) && location != null) {
                request.abort(new IOException("redirect not read"));
                if (hop + 1 > limits.maxRedirects()) {
                    throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS,
                            url + " redirects more than " + limits.maxRedirects() + " times");
                }
                current = current.resolve(location.strip());
                continue;
            }
            return read(request, listener, response, current, url);
        }
    }

    private Fetched read(Request request, InputStreamResponseListener listener, Response response, URI at, URI asked)
            throws FetchException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean truncated = false;
        try (InputStream in = listener.getInputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                int room = limits.maxBytes() - body.size();
                if (n > room) {
                    body.write(buffer, 0, room);
                    truncated = true;
                    request.abort(new IOException("body over " + limits.maxBytes() + " bytes"));
                    break;
                }
                body.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (!truncated) {
                throw new FetchException(FetchException.Reason.TIMEOUT, asked + " did not finish: " + e.getMessage());
            }
        }
        return new Fetched(at, response.getStatus(), response.getHeaders().get(HttpHeader.CONTENT_TYPE), body.toByteArray(),
                truncated);
    }

    private static Response await(InputStreamResponseListener listener, long millis, URI url) throws FetchException {
        try {
            return listener.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw timeout(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.TIMEOUT, "interrupted while fetching " + url);
        } catch (ExecutionException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof FetchException refused) {
                    throw refused;
                }
                if (cause instanceof TimeoutException) {
                    throw timeout(url);
                }
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new FetchException(FetchException.Reason.UNREACHABLE, "cannot fetch " + url + ": " + cause.getMessage());
        }
    }

    private static void requireHttp(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new FetchException(FetchException.Reason.NOT_HTTP, url + " is not an http(s) URL");
        }
    }

    private static FetchException timeout(URI url) {
        return new FetchException(FetchException.Reason.TIMEOUT, url + " took longer than the time limit");
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
