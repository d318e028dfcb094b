package dev.colophon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.CommentServer;
import dev.colophon.comments.config.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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
        // where the preview keeps it: the server opens and migrates it there at start
        ServerConfig config = ServerConfig.builder().listen("127.0.0.1", 0).database(data.resolve("comments.db").toString())
                .origins(List.of("http://127.0.0.1")).build();
        CommentServer server = CommentServer.start(config);
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.toList()).hasSizeGreaterThanOrEqualTo(2) // the database and its -wal file at least
                    .allSatisfy(file -> assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------"));
        } finally {
            server.close();
        }
    }
}
