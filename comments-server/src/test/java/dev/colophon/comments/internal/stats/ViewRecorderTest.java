package dev.colophon.comments.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colophon.comments.Backend;
import dev.colophon.comments.internal.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class ViewRecorderTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;

    @Test
    void viewsThatCouldNotBeWrittenStayForTheNextFlush() {
        Database db = Database.open(backend.newDatabase(tmp, "v"));
        ViewRecorder recorder = new ViewRecorder(db, Duration.ofHours(1));
        recorder.record(new View("default", "/p/", "visitor-1", "", 20_000, "A page"));
        recorder.record(new View("default", "/p/", "visitor-2", "news.example", 20_000, null));
        db.close();
        assertThatThrownBy(recorder::flush).isInstanceOf(IllegalStateException.class);
        assertThat(recorder.pending("default", "/p/")).isEqualTo(2);
        assertThat(recorder.pending("default", ViewRecorder.SITE_WIDE)).isEqualTo(2);
    }

    @Test
    void weeksStartOnMondays() {
        long monday = java.time.LocalDate.of(2026, 11, 23).toEpochDay();
        assertThat(ViewRecorder.weekOf(monday)).isEqualTo(ViewRecorder.weekOf(monday + 6));
        assertThat(ViewRecorder.weekOf(monday - 1)).isEqualTo(ViewRecorder.weekOf(monday) - 1);
        assertThat(ViewRecorder.firstDayOfWeek(ViewRecorder.weekOf(monday + 3))).isEqualTo(monday);
    }
}
