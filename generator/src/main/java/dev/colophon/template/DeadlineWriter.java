package dev.colophon.template;

import java.io.StringWriter;

/** Collects a rendered page and stops the render once its time is up (checked at every write). */
final class DeadlineWriter extends StringWriter {
    private final RenderBudget budget;

    DeadlineWriter(RenderBudget budget) {
        super(16_384);
        this.budget = budget;
    }

    private void check() {
        if (budget.expired()) {
            throw new RenderBudget.Spent(true, null, 0);
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
