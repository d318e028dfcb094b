package dev.colophon.comments.internal.portability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.Backend;
import dev.colophon.comments.Cli;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colophon comments migrate}: SQLite to PostgreSQL and back, checked by counts and by the export. */
class MigrateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void everythingMovesFromSqliteToPostgresAndBackAndExportsAsTheSameDocument() throws Exception {
        String sqlite = Backend.SQLITE.newDatabase(tmp, "start");
        try (TestServer server = new TestServer(sqlite, Moderation.POST, Limits.defaults().withoutRates())) {
            long first = server.comment("/posts/a/", "First", null).get("id").asLong();
            server.comment("/posts/a/", "Reply", first);
            server.post("/api/v1/comments/" + first + "/like", "", "User-Agent", "Alice");
            server.post("/api/v1/reactions", Map.of("page", "/posts/a/"), "User-Agent", "Bob");
            server.get("/api/v1/admin/comments", server.admin()); // a dashboard session is not needed: the token is enough
        }
        String postgres = Backend.POSTGRES.newDatabase(tmp, "moved");
        assertThat(Cli.run("migrate", "--from", sqlite, "--to", postgres))
                .contains("comments").contains("Migrated 2 comments in 1 threads").contains("every table's count checked")
                .doesNotContain("MISMATCH");
        String back = Backend.SQLITE.newDatabase(tmp, "back");
        assertThat(Cli.run("migrate", "--from", postgres, "--to", back)).contains("Migrated 2 comments in 1 threads");

        Path before = tmp.resolve("before.json");
        Path after = tmp.resolve("after.json");
        Cli.run("export", "--db", sqlite, "-o", before.toString());
        Cli.run("export", "--db", back, "-o", after.toString());
        assertThat(Files.readString(after)).isEqualTo(Files.readString(before));

        try (TestServer server = new TestServer(postgres, Moderation.POST, Limits.defaults())) {
            assertThat(server.get("/api/v1/comments?page=/posts/a/").json().get("comments").get(0).get("replies")).hasSize(1);
        }
    }

    @Test
    void aTargetThatAlreadyHasCommentsIsRefused() {
        String source = Backend.SQLITE.newDatabase(tmp, "source");
        String target = Backend.SQLITE.newDatabase(tmp, "target");
        try (TestServer server = new TestServer(target, Moderation.POST, Limits.defaults())) {
            server.comment("/p/", "Already here", null);
        }
        assertThat(Cli.fail("migrate", "--from", source, "--to", target)).contains("the target database is not empty");
    }
}
