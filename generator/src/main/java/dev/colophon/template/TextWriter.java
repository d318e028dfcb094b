package dev.colophon.template;

import java.io.Writer;

/** A {@code StringWriter} without the lock that {@code StringBuffer} takes on each of Pebble's many writes. */
final class TextWriter extends Writer {
    private final StringBuilder text;

    TextWriter(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(int ch) {
        text.append((char) ch);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
