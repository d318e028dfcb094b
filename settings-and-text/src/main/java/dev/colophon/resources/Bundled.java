package dev.colophon.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files shipped inside the Colophon jar (the widget, the dashboard, the starter site), read whole. */
public final class Bundled {
    private Bundled() {
    }

    /** The bytes of a classpath resource such as {@code /embed/colophon.js}; a missing one is a packaging bug. */
    public static byte[] bytes(String path) {
        try (InputStream in = Bundled.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}
