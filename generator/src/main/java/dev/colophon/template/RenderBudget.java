package dev.colophon.template;

/**
 * What one page's render may spend: a deadline and a number of loop turns. Loops check it at every
 * turn, so a loop that writes nothing (which the output's own checks never see) stops too. Held per
 * thread, since pages render in parallel and Pebble runs a page's whole render on its calling thread.
 */
final class RenderBudget {
    /** Thrown through Pebble, which passes unchecked errors on, to the engine that set the budget. */
    static final class Spent extends RuntimeException {
        private final boolean time;
        private final String template;
        private final int line;

        /** @param template the template whose loop used the budget up, or null when met outside a loop */
        Spent(boolean time, String template, int line) {
            super(null, null, false, false);
            this.time = time;
            this.template = template;
            this.line = line;
        }

        /** True when time ran out, false when the loop turns did. */
        boolean time() {
            return time;
        }

        String template() {
            return template;
        }

        int line() {
            return line;
        }
    }

    private static final class Left {
        private final long deadline;
        private long turns;

        Left(long deadline, long turns) {
            this.deadline = deadline;
            this.turns = turns;
        }
    }

    private final long nanos;
    private final long turns;
    private final ThreadLocal<Left> current = new ThreadLocal<>();

    RenderBudget(long nanos, long turns) {
        this.nanos = nanos;
        this.turns = turns;
    }

    long nanos() {
        return nanos;
    }

    long turns() {
        return turns;
    }

    /** Runs one page's render within a fresh budget (a render inside another keeps the outer one). */
    <T> T spend(java.util.function.Supplier<T> render) {
        if (current.get() != null) {
            return render.get();
        }
        current.set(new Left(System.nanoTime() + nanos, turns));
        try {
            return render.get();
        } finally {
            current.remove();
        }
    }

    /** One more turn of the loop at {@code line} of {@code template}; throws {@link Spent} once time or turns are used up. */
    void turn(String template, int line) {
        Left left = current.get();
        if (left == null) {
            return; // rendered outside spend(): nothing to enforce
        }
        if (--left.turns < 0) {
            throw new Spent(false, template, line);
        }
        if (System.nanoTime() > left.deadline) {
            throw new Spent(true, template, line);
        }
    }

    /** Whether this thread's render is past its deadline, for checks outside loops (every write). */
    boolean expired() {
        Left left = current.get();
        return left != null && System.nanoTime() > left.deadline;
    }
}
