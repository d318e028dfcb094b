package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeIdentityTest {
    @TempDir
    Path tmp;

    @Test
    void aRebuiltJarIsANewIdentityAndAFolderOfClassesIsItsVersion() throws Exception {
        Path jar = Files.writeString(tmp.resolve("colophon.jar"), "first build");
        long first = CodeIdentity.of(jar, "1.0");
        assertThat(CodeIdentity.of(jar, "1.0")).isEqualTo(first);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertThat(CodeIdentity.of(jar, "1.0")).isNotEqualTo(first);
        assertThat(CodeIdentity.of(tmp, "1.0")).isEqualTo(CodeIdentity.of(null, "1.0")).isNotEqualTo(CodeIdentity.of(tmp, "1.1"));
    }
}
