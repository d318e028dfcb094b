package dev.colophon.comments.internal.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * One writer thread that commits concurrent writes together: it takes every write waiting, runs each
 * in its own savepoint of one transaction, commits once (one fsync for the lot), then answers them
 * all. A failing write rolls back to its savepoint and fails alone. A write that PostgreSQL chose as
 * a deadlock victim (instances sharing the database) runs again in the next transaction, after this
 * one's locks are gone. An {@link Error} inside a write (an assertion, a stack overflow) fails that
 * write like an exception does; the writer thread never dies of one, since every later write would
 * wait on it forever. Should it stop all the same, writes fail at once and the write path reports it.
 */
final class GroupCommitter implements AutoCloseable {
    private static final int MAX_BATCH = 256;
    private static final int MAX_ATTEMPTS = 5;
    /** PostgreSQL's serialization_failure and deadlock_detected: the same write may succeed again. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01");

    private static final class Task<T> {
        private final HandleCallback<T, RuntimeException> work;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private T value;
        private Throwable failure;

        Task(HandleCallback<T, RuntimeException> work) {
            this.work = work;
        }

        void run(Handle handle, int index) {
            String savepoint = "w" + index;
            handle.savepoint(savepoint);
            try {
                value = work.withHandle(handle);
                handle.release(savepoint);
            } catch (RuntimeException | Error e) {
                try {
                    handle.rollbackToSavepoint(savepoint); // Jdbi forgets the savepoint here: no release
                } catch (RuntimeException | Error rollback) {
                    // After a full disk or an I/O error SQLite has rolled the whole transaction back itself:
                    // no savepoint is left and nothing of the batch is stored, so the batch fails with this cause.
                    e.addSuppressed(rollback);
                    throw e;
                }
                failure = e;
            }
        }

        boolean failedTransiently() {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && TRANSIENT_STATES.contains(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        }

        /** Answers the caller; only after the commit, so nothing is acknowledged before it is on disk. */
        void answer() {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GroupCommitter.class);
    /** How often a waiting write checks that the writer thread still runs. */
    private static final long ALIVE_CHECK_MS = 1_000;
    static final String STOPPED = "the database writer has stopped; restart the server";

    private final Jdbi jdbi;
    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;
    private volatile IntConsumer onCommit = size -> { };

    GroupCommitter(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.writer = new Thread(this::loop, "colophon-writer");
        writer.setDaemon(true);
        writer.start();
    }

    <T> T write(HandleCallback<T, RuntimeException> work) {
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
        if (!writer.isAlive()) {
            throw stopped();
        }
        Task<T> task = new Task<>(work);
        queue.add(task);
        try {
            return awaitAnswer(task);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the write failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        }
    }

    private <T> T awaitAnswer(Task<T> task) throws ExecutionException, InterruptedException {
        while (true) {
            try {
                return task.result.get(ALIVE_CHECK_MS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException slow) {
                // a long batch is normal; a dead writer is not, and would never answer
                if (!writer.isAlive()) {
                    task.result.completeExceptionally(stopped());
                }
            }
        }
    }

    private StorageUnavailableException stopped() {
        return new StorageUnavailableException(STOPPED, null);
    }

    /** Whether the writer thread still takes writes. */
    boolean isRunning() {
        return writer.isAlive();
    }

    private void loop() {
        try {
            serve();
        } finally {
            // whatever stopped the writer, nobody may wait for it: writes queued now fail, later ones fail at once
            for (Task<?> task = queue.poll(); task != null; task = queue.poll()) {
                task.result.completeExceptionally(stopped());
            }
        }
    }

    private void serve() {
        List<Task<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                Task<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                commit(batch);
                onCommit.accept(batch.size());
            } catch (RuntimeException | Error e) {
                LOG.error("A batch of {} writes failed outside any one write; each is answered with the error", batch.size(), e);
                batch.forEach(task -> task.result.completeExceptionally(e));
            }
            batch.clear();
        }
    }

    private void commit(List<Task<?>> batch) {
        List<Task<?>> tasks = batch;
        for (int attempt = 1; !tasks.isEmpty(); attempt++) {
            List<Task<?>> running = tasks;
            try {
                jdbi.useTransaction(handle -> {
                    for (int i = 0; i < running.size(); i++) {
                        running.get(i).run(handle, i);
                    }
                });
            } catch (RuntimeException | Error e) {
                // the commit itself failed: nothing of this batch is stored, so none may be acknowledged
                running.forEach(task -> task.result.completeExceptionally(e));
                return;
            }
            boolean lastAttempt = attempt == MAX_ATTEMPTS;
            tasks = new ArrayList<>();
            for (Task<?> task : running) {
                if (!lastAttempt && task.failedTransiently()) {
                    task.failure = null;
                    tasks.add(task);
                } else {
                    task.answer();
                }
            }
        }
    }

    /** Tells {@code listener} the size of every batch committed (for metrics). */
    void onCommit(IntConsumer listener) {
        onCommit = listener;
    }

    /** Finishes every queued write, then stops the writer thread. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
