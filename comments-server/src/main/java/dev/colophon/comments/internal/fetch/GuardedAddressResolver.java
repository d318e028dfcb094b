package dev.colophon.comments.internal.fetch;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/** Jetty's hook for every new connection: the guard decides where it may go. */
public final class GuardedAddressResolver implements SocketAddressResolver {
    private final FetchGuard guard;

    public GuardedAddressResolver(FetchGuard guard) {
        this.guard = guard;
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        try {
            promise.succeeded(guard.addressesFor(host, port));
        } catch (FetchException e) {
            promise.failed(e);
        }
    }
}
