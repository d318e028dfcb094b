package dev.colophon.comments.internal.api.jetty;

import io.javalin.config.HttpConfig;
import io.javalin.config.JettyConfig;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;

/**
 * How the server's Jetty meets slow and oversized clients. A request body is read whole, without a
 * thread, before any handler runs: a client that sends headers and then trickles (or stops) costs a
 * socket and a buffer, never a worker, and is dropped after {@link #IDLE_TIMEOUT} of silence. A declared
 * length over the cap is refused with 413 before a byte of the body is read.
 */
public final class HttpLimits {
    /** How long a connection may stay silent, mid-body or between requests, before it is closed. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    /** Larger request headers (cookies, long query strings) answer 431; a longer URI answers 414. */
    public static final int MAX_HEADER_BYTES = 8_192;

    private HttpLimits() {
    }

    public static void apply(HttpConfig httpConfig, JettyConfig jetty, long maxRequestBytes) {
        httpConfig.maxRequestSize = maxRequestBytes;
        jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            http.setRequestHeaderSize(MAX_HEADER_BYTES);
            http.setSendServerVersion(false);
        });
        jetty.modifyServer(server -> {
            server.setErrorHandler(new JsonErrorHandler());
            Handler app = server.getHandler();
            server.setHandler(new DeclaredLengthCap(maxRequestBytes,
                    new EagerContentHandler(app, new EagerContentHandler.RetainedContentLoaderFactory(
                            maxRequestBytes, 0, true))));
        });
    }

    /** Answers 413 to a request whose Content-Length is over the cap, and closes the connection. */
    private static final class DeclaredLengthCap extends Handler.Wrapper {
        private final long max;

        DeclaredLengthCap(long max, Handler next) {
            super(next);
            this.max = max;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
            if (declared > max) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                Response.writeError(request, response, callback, 413, "request body too large: at most " + max + " bytes");
                return true;
            }
            return super.handle(request, response, callback);
        }
    }
}
