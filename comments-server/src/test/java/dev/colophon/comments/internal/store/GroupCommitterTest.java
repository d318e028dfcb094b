package dev.colophon.comments.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colophon.comments.Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class GroupCommitterTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;

    @Test
    void aFailingWriteFailsAloneWhileItsBatchCommits() throws Exception {
        try (Database db = Database.open(backend.newDatabase(tmp, "g"))) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Object>> writes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                writes.add(pool.submit(() -> db.write(handle -> {
                    handle.attach(SettingDao.class).insertIfAbsent("k" + n, "v" + n);
                    if (n % 10 == 0) {
                        throw new IllegalArgumentException("write " + n + " refuses");
                    }
                    return n;
                })));
            }
            int failed = 0;
            for (Future<Object> write : writes) {
                try {
                    write.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
                    failed++;
                }
            }
            pool.shutdown();
            assertThat(failed).isEqualTo(20);
            int stored = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM settings WHERE name LIKE 'k%'")
                    .mapTo(Integer.class).one());
            assertThat(stored).isEqualTo(180);
            java.util.Optional<String> refused = db.jdbi().withExtension(SettingDao.class, dao -> dao.get("k10"));
            java.util.Optional<String> kept = db.jdbi().withExtension(SettingDao.class, dao -> dao.get("k11"));
            assertThat(refused).isEmpty();
            assertThat(kept).contains("v11");
        }
    }

    /** A write on its own thread, so that a writer that never answers fails the test instead of hanging it. */
    private static <T> T within10s(java.util.function.Supplier<T> write) throws Exception {
        try {
            return CompletableFuture.supplyAsync(write).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void anErrorThrownInsideAWriteFailsThatWriteAloneAndTheWriterGoesOnServing() throws Exception {
        try (Database db = Database.open(backend.newDatabase(tmp, "e"))) {
            assertThatThrownBy(() -> within10s(() -> db.write(handle -> {
                handle.attach(SettingDao.class).insertIfAbsent("broken", "half");
                throw new AssertionError("an invariant broke");
            })))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the write failed")
                    .hasRootCauseInstanceOf(AssertionError.class);
            assertThatThrownBy(() -> within10s(() -> db.write(handle -> recurse(0))))
                    .hasRootCauseInstanceOf(StackOverflowError.class);

            String answered = within10s(() -> db.write(handle -> {
                handle.attach(SettingDao.class).insertIfAbsent("after", "stored");
                return "answered";
            }));
            assertThat(answered).isEqualTo("answered");
            java.util.Optional<String> broken = db.jdbi().withExtension(SettingDao.class, dao -> dao.get("broken"));
            java.util.Optional<String> after = db.jdbi().withExtension(SettingDao.class, dao -> dao.get("after"));
            assertThat(broken).isEmpty();
            assertThat(after).contains("stored");
            assertThat(db.writeFault()).isEmpty();
        }
    }

    @Test
    void anErrorInOneWriteOfABatchLeavesTheOtherWritesOfThatBatchStored() throws Exception {
        try (Database db = Database.open(backend.newDatabase(tmp, "b"))) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Object>> writes = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int n = i;
                writes.add(pool.submit(() -> db.write(handle -> {
                    handle.attach(SettingDao.class).insertIfAbsent("k" + n, "v" + n);
                    if (n % 8 == 0) {
                        throw new AssertionError("write " + n + " breaks");
                    }
                    return n;
                })));
            }
            int failed = 0;
            for (Future<Object> write : writes) {
                try {
                    write.get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).hasRootCauseInstanceOf(AssertionError.class);
                    failed++;
                }
            }
            pool.shutdown();
            assertThat(failed).isEqualTo(8);
            int stored = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM settings WHERE name LIKE 'k%'")
                    .mapTo(Integer.class).one());
            assertThat(stored).isEqualTo(56);
        }
    }

    @Test
    void whenTheWriterThreadHasStoppedWritesFailAtOnceAndTheWritePathReportsFailing() throws Exception {
        try (Database db = Database.open(backend.newDatabase(tmp, "s"))) {
            Thread writer = db.write(handle -> Thread.currentThread());
            writer.interrupt();
            writer.join(5_000);

            assertThatThrownBy(() -> within10s(() -> db.write(handle -> 1)))
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessageContaining("writer has stopped");
            assertThat(db.writeFault()).hasValueSatisfying(reason -> assertThat(reason).contains("writer has stopped"));
        }
    }
}
