package dev.colophon.preview;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The preview's addresses: it answers on 127.0.0.1 and, where the machine has IPv6, on [::1], on one
 * port, so that {@code localhost} (which browsers may resolve to either), {@code 127.0.0.1} and
 * {@code [::1]} all reach it, and the comment widget is allowed from each of them.
 */
record Loopback(int port, boolean ipv6) {
    static final String IPV4 = "127.0.0.1";
    static final String IPV6 = "::1";

    /** A port of 0 picks one free on both addresses (briefly bound, then released for the server). */
    static Loopback on(int port) {
        boolean ipv6 = canBind(IPV6, port);
        return new Loopback(port == 0 ? freePort(ipv6) : port, ipv6);
    }

    /** The origins a browser may show the preview under; localhost first, as the site's URLs use it. */
    List<String> origins() {
        List<String> origins = new ArrayList<>(List.of("http://localhost:" + port, "http://" + IPV4 + ":" + port));
        if (ipv6) {
            origins.add("http://[" + IPV6 + "]:" + port);
        }
        return origins;
    }

    /** The same as {@code host:port}, for the comment server to read the preview's own sitemap (which views count). */
    List<String> hosts() {
        return origins().stream().map(o -> o.substring("http://".length())).toList();
    }

    /** One connector per address (Javalin opens none of its own once a connector is added). */
    void addConnectors(JavalinConfig cfg) {
        addConnector(cfg, IPV4);
        if (ipv6) {
            addConnector(cfg, IPV6);
        }
    }

    private void addConnector(JavalinConfig cfg, String host) {
        cfg.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            return connector;
        });
    }

    private static boolean canBind(String host, int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort(boolean ipv6) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(IPV4))) {
                int port = probe.getLocalPort();
                if (!ipv6 || canBind(IPV6, port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no port is free on both " + IPV4 + " and [" + IPV6 + "]");
    }
}
