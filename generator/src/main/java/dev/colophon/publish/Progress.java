package dev.colophon.publish;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/** Reports progress of long steps as a line every tenth of the work; silent for small sites. */
public final class Progress {
    private static final int QUIET_BELOW = 2_000;

    private final PrintStream out;

    public Progress(PrintStream out) {
        this.out = out;
    }

    public static Progress silent() {
        return new Progress(null);
    }

    /** A counter for one step of {@code total} units of work. */
    public Step step(String name, int total) {
        return new Step(name, total);
    }

    /** Counts the units of one step done and prints at every tenth. */
    public final class Step {
        private final String name;
        private final int total;
        private final int every;
        private final AtomicInteger done = new AtomicInteger();

        private Step(String name, int total) {
            this.name = name;
            this.total = total;
            this.every = Math.max(1, total / 10);
        }

        public void advance() {
            int now = done.incrementAndGet();
            if (out != null && total >= QUIET_BELOW && now % every == 0) {
                out.printf("  %s %,d/%,d%n", name, now, total);
            }
        }
    }
}
