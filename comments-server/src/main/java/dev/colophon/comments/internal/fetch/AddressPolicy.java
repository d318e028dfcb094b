package dev.colophon.comments.internal.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which addresses a server-side fetch may connect to: public ones only, so that a URL given by a stranger
 * cannot reach loopback, the private network, link-local or cloud metadata addresses. Hosts listed in
 * {@code fetch_allow_hosts} ({@code host} or {@code host:port}) are let through, for tests and intranets.
 */
public final class AddressPolicy {
    private final Set<String> allowed = new HashSet<>();

    public AddressPolicy(Collection<String> allowHosts) {
        for (String entry : allowHosts) {
            String value = entry.strip().toLowerCase(Locale.ROOT);
            if (!value.isEmpty()) {
                allowed.add(normalized(value));
            }
        }
    }

    public static AddressPolicy publicOnly() {
        return new AddressPolicy(List.of());
    }

    /** Whether {@code host} (any port) or {@code host:port} is on the allow list. */
    public boolean isListed(String host, int port) {
        String name = bare(host).toLowerCase(Locale.ROOT);
        return allowed.contains(name) || allowed.contains(name + ":" + port);
    }

    /** Refuses a connection unless the host is listed or every address it resolved to is public. */
    public void check(String host, int port, List<InetAddress> addresses) throws FetchException {
        if (isListed(host, port)) {
            return;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new FetchException(FetchException.Reason.REFUSED, host + ":" + port + " resolves to "
                        + address.getHostAddress() + ", which is not a public address (list the host in fetch_allow_hosts to allow it)");
            }
        }
    }

    /** Whether an address is on the public internet: not loopback, private, link-local, shared, reserved or multicast. */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local (fd00:ec2::254 is a metadata address)
            }
            if (isZero(b, 0, 12) || (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
                return false; // ::/96 compatible and ::ffff:0:0/96 mapped IPv4: reach IPv4 hosts behind our back
            }
            if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // 64:ff9b::/96 NAT64
            }
            return !(first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8); // 2001:db8::/32
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a = b[0] & 0xff;
        int second = b[1] & 0xff;
        return !(a == 0 || a == 10 || a == 127 || a >= 224
                || (a == 100 && second >= 64 && second < 128)    // shared address space (carrier NAT)
                || (a == 169 && second == 254)                  // link-local, 169.254.169.254 metadata
                || (a == 172 && second >= 16 && second < 32)
                || (a == 192 && second == 168)
                || (a == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (a == 198 && (second == 18 || second == 19)));  // benchmarking
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String normalized(String entry) {
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            String host = entry.substring(1, close < 0 ? entry.length() : close);
            return close >= 0 && entry.length() > close + 1 ? host + entry.substring(close + 1) : host;
        }
        return entry;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
