package dev.colophon.content;

import java.nio.file.Path;

/**
 * One thing wrong with the input, located at a file and line so the author can go and fix it.
 *
 * @param kind what sort of problem, for the counts a build prints: {@code shortcode}, {@code liquid},
 *     {@code date}, {@code link}, {@code translation}, {@code residue} or {@code other}
 */
public record Problem(Path file, int line, String message, String kind) {

    public Problem(Path file, int line, String message) {
        this(file, line, message, "other");
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
