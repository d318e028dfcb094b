package dev.colophon.config;

import java.nio.file.Path;

/**
 * One thing wrong with the input, located at a file and line so the author can go and fix it: the one
 * problem record of a site's build, of settings files and of the comment server's settings.
 *
 * @param file the file, or the empty path for a problem of no file (an environment variable, a flag)
 * @param line the line, from 1, or 0 for the whole file
 * @param kind what sort of problem, for the counts a build prints: {@code shortcode}, {@code liquid},
 *     {@code date}, {@code link}, {@code translation}, {@code residue} or {@code other}
 */
public record Problem(Path file, int line, String message, String kind) {
    private static final Path NO_FILE = Path.of("");

    public Problem(Path file, int line, String message) {
        this(file, line, message, "other");
    }

    /** A problem that no file holds: an environment variable, a flag, a default that another setting rules out. */
    public static Problem unlocated(String message) {
        return new Problem(NO_FILE, 0, message);
    }

    /** Whether the problem names a file. */
    public boolean located() {
        return !file.toString().isEmpty();
    }

    @Override
    public String toString() {
        if (!located()) {
            return message;
        }
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
