package dev.colophon.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs work on every core, each thread taking the next item as soon as it is done with its last.
 * A parallel stream cuts a list into a few fixed chunks up front (four on two cores), so one slow
 * chunk, such as the feeds at the end of a site, left one core idle for the last part of a build.
 */
public final class Parallel {
    private Parallel() {
    }

    /** Calls {@code action} once for each item; the first exception thrown is rethrown once all threads stop. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        int threads = Math.min(ForkJoinPool.getCommonPoolParallelism() + 1, items.size());
        if (threads <= 1) {
            items.forEach(action);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items.size() && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    action.accept(items.get(i));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            helpers.add(ForkJoinPool.commonPool().submit(worker));
        }
        worker.run(); // the calling thread works too
        helpers.forEach(ForkJoinTask::join);
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
