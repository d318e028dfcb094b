package dev.colophon.comments;

import dev.colophon.config.ConfigException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Checks a port before the server binds it, so a busy port is one clear line, not a stack trace. */
final class Ports {
    private Ports() {
    }

    static void requireFree(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new ConfigException("port " + port + " on " + host + " is in use (" + e.getMessage()
                    + "); pass --port N, or --port 0 for any free port");
        }
    }
}
