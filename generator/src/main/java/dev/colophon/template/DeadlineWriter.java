package dev.colophon.template;

import java.io.Writer;

/**
 * Collects a rendered page, stopping the render once its time is up or the page is larger than a
 * page can be (checked at every write). It is the template's only writer: Pebble's own size limit
 * wraps the writer in one that turns every string into a char array and appends it to a
 * {@code StringWriter}'s synchronized buffer, which cost a sixth of rendering the templates.
 */
final class DeadlineWriter extends Writer {
    /** Thrown when the page would be larger than the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final RenderBudget budget;
    private final int maxChars;
    private final StringBuilder page = new StringBuilder(16_384);

    DeadlineWriter(RenderBudget budget, int maxChars) {
        this.budget = budget;
        this.maxChars = maxChars;
    }

    private void check(int adding) {
        if (budget.expired()) {
            throw new RenderBudget.Spent(true, null, 0);
        }
        if (adding > maxChars - page.length()) {
            throw new TooLarge();
        }
    }

    @Override
    public void write(int c) {
        check(1);
        page.append((char) c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        check(length);
        page.append(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        check(length);
        page.append(text, offset, offset + length);
    }

    @Override
    public void write(String text) {
        check(text.length());
        page.append(text);
    }

    @Override
    public Writer append(CharSequence text) {
        String string = String.valueOf(text);
        check(string.length());
        page.append(string);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
