package dev.colophon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.internal.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new site keeps its build and its private data out of git, and .colophon/ is readable by its owner only. */
class PrivateDataTest {
    @TempDir
    Path tmp;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void initWritesAGitignoreForTheBuildAndThePrivateFolder() throws Exception {
        Path site = tmp.resolve("blog");
        assertThat(Main.run("init", site.toString())).isZero();
        assertThat(Files.readAllLines(site.resolve(".gitignore"))).contains("/public/", "/.colophon/");
    }

    @Test
    void theBuildCacheFolderIs0700AndItsFiles0600EvenWhenAnOlderVersionMadeThemReadable() throws Exception {
        Path site = tmp.resolve("blog");
        Main.run("init", site.toString());
        Files.createDirectories(site.resolve(".colophon"));
        Files.setPosixFilePermissions(site.resolve(".colophon"), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(Main.run("build", "--source", site.toString(), "--output", tmp.resolve("out").toString())).isZero();

        assertThat(mode(site.resolve(".colophon"))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(site.resolve(".colophon"))) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------"));
        }
    }

    @Test
    void thePreviewsCommentDatabaseAndItsJournalsAre0600() throws Exception {
        Path data = tmp.resolve(".colophon");
        dev.colophon.resources.PrivateFiles.folder(data);
        try (Database db = Database.open(data.resolve("comments.db").toString())) {
            db.execute(handle -> handle.execute("INSERT INTO settings (name, value) VALUES ('x', 'y')"));
            try (Stream<Path> files = Files.list(data)) {
                assertThat(files.toList()).hasSizeGreaterThanOrEqualTo(2) // the database and its -wal file at least
                        .allSatisfy(file -> assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------"));
            }
        }
    }
}
