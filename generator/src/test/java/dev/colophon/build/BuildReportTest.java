package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildReportTest {
    @Test
    void summaryCountsInWordsThatAgreeWithTheNumbers() {
        BuildReport one = new BuildReport(1, 1, 1, 1, 1, Duration.ofMillis(260), Path.of("public"), List.of());
        assertThat(one.summary()).isEqualTo("Built 1 post and 1 page (1 file, 1 rendered, 1 feed) in 0.26 s -> public");
        BuildReport many = new BuildReport(5000, 0, 165, 7005, 12, Duration.ofMillis(3480), Path.of("out"), List.of());
        assertThat(many.summary()).isEqualTo("Built 5,000 posts and 0 pages (7,005 files, 12 rendered, 165 feeds) in 3.48 s -> out");
    }
}
