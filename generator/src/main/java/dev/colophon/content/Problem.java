package dev.colophon.content;

import java.nio.file.Path;

/** One thing wrong with the input, located at a file and line so the author can go and fix it. */
public record Problem(Path file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
