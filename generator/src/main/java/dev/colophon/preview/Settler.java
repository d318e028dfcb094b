package dev.colophon.preview;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Runs the plans that follow edits on one thread, one at a time: edits that arrive while a plan runs
 * are gathered and covered together by the next plan, so a writer saving every second on a site whose
 * plan takes five never queues a plan per save.
 */
final class Settler implements AutoCloseable {
    /** A plan of the site after the edits up to number {@code covered}, which changed these files. */
    interface Plan {
        void run(Set<Path> changed, long covered);
    }

    private final Plan plan;
    private final OneThread thread = new OneThread("colophon-plan", 10);
    private final Set<Path> pending = new HashSet<>();
    private long covered;
    private boolean queued;

    Settler(Plan plan) {
        this.plan = plan;
    }

    /** Asks for a plan covering edit number {@code edit}, which changed these files. */
    synchronized void submit(Set<Path> changed, long edit) {
        pending.addAll(changed);
        covered = Math.max(covered, edit);
        if (!queued) {
            queued = true;
            thread.execute(this::runPending);
        }
    }

    private void runPending() {
        Set<Path> changed;
        long upTo;
        synchronized (this) {
            changed = Set.copyOf(pending);
            upTo = covered;
            pending.clear();
            queued = false;
        }
        plan.run(changed, upTo);
    }

    @Override
    public void close() {
        thread.close();
    }
}
