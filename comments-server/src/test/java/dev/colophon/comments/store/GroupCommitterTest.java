package dev.colophon.comments.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
}
