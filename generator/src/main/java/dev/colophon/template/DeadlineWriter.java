package dev.colophon.template;

import java.io.StringWriter;

/** Collects a rendered page and stops the render once its time is up (checked at every write). */
final class DeadlineWriter extends StringWriter {
    private final long deadline;

    /** Thrown through Pebble, which passes unchecked errors on, to the engine that set the deadline. */
    static final class Expired extends RuntimeException {
        Expired() {
            super(null, null, false, false);
        }
    }

    DeadlineWriter(long deadline) {
        super(16_384);
        this.deadline = deadline;
    }

    private void check() {
        if (System.nanoTime() > deadline) {
            throw new Expired();
        }
    }

    @Override
    public void write(int c) {
        check();
        super.write(c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        check();
        super.write(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        check();
        super.write(text, offset, length);
    }

    @Override
    public void write(String text) {
        check();
        super.write(text);
    }
}
