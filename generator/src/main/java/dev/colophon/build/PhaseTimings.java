package dev.colophon.build;

import java.lang.management.ManagementFactory;

/**
 * With {@code -Dcolophon.timings=true} (for example {@code COLOPHON_JAVA_OPTS=-Dcolophon.timings=true}),
 * a build prints the CPU and wall time of its costlier phases to standard error: the process's CPU over
 * the phase, every thread, collector and compiler included. On a shared machine whose whole builds vary
 * by a third, a phase measured inside one process is what tells a change to it apart (bench/search.sh).
 */
final class PhaseTimings {
    private static final boolean ON = Boolean.getBoolean("colophon.timings");
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private PhaseTimings() {
    }

    /** Runs {@code phase} and, when timings are on, prints what it cost. */
    static <T> T time(String name, java.util.function.Supplier<T> phase) {
        if (!ON) {
            return phase.get();
        }
        long cpu = OS.getProcessCpuTime();
        long wall = System.nanoTime();
        T result = phase.get();
        System.err.printf("timings: %s %d ms CPU, %d ms wall%n", name, (OS.getProcessCpuTime() - cpu) / 1_000_000,
                (System.nanoTime() - wall) / 1_000_000);
        return result;
    }
}
