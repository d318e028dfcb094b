package dev.colophon.preview;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One named daemon thread that runs tasks in order: a preview's background work (plans, search
 * indexes) must never keep the JVM alive, and stopping the preview interrupts it and waits briefly.
 */
final class OneThread implements AutoCloseable {
    private final ExecutorService executor;
    private final int closeSeconds;

    OneThread(String name, int closeSeconds) {
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        this.closeSeconds = closeSeconds;
    }

    void execute(Runnable task) {
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(closeSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
