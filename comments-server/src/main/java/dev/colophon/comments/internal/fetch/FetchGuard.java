package dev.colophon.comments.internal.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves a host for a connection and lets the connection go only to addresses the policy allows. The
 * fetcher's HTTP client connects only to what this returns, so the check holds for every redirect and
 * cannot be raced by a second DNS answer.
 */
public final class FetchGuard {
    private final AddressPolicy policy;
    private final HostResolver resolver;

    public FetchGuard(AddressPolicy policy, HostResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    /** The addresses to connect to for {@code host:port}; refused when any is not allowed. */
    public List<InetSocketAddress> addressesFor(String host, int port) throws FetchException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Reason.UNREACHABLE, "unknown host " + host);
        }
        if (addresses.isEmpty()) {
            throw new FetchException(FetchException.Reason.UNREACHABLE, "unknown host " + host);
        }
        policy.check(host, port, addresses);
        return addresses.stream().map(a -> new InetSocketAddress(a, port)).toList();
    }
}
