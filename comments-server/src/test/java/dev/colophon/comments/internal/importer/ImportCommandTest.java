package dev.colophon.comments.internal.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.cli.CommentsCommand;
import dev.colophon.comments.config.Moderation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/** {@code colophon comments import} of Disqus and WordPress exports, read back through the server's API. */
@ParameterizedClass
@EnumSource(Backend.class)
class ImportCommandTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;

    @Test
    void aDisqusExportBecomesThreadsWithRepliesInPlaceAndNothingDoubledOnASecondRun() throws Exception {
        String db = backend.newDatabase(tmp, "imported");
        assertThat(run("import", "--from", "disqus", "--db", db, fixture("disqus.xml")))
                .startsWith("Imported 5 comments into 2 pages from ").contains("(0 already there, 0 without a usable page)");
        assertThat(run("import", "--from", "disqus", "--db", db, fixture("disqus.xml")))
                .startsWith("Imported 0 comments into 0 pages").contains("(5 already there");

        try (TestServer server = new TestServer(db, Moderation.PRE, dev.colophon.comments.config.Limits.defaults())) {
            JsonNode hello = server.get("/api/v1/comments?page=/posts/hello/").json();
            assertThat(hello.get("total").asInt()).isEqualTo(3); // the deleted one is left out
            JsonNode ann = hello.get("comments").get(0);
            assertThat(ann.get("author").asText()).isEqualTo("Ann");
            assertThat(ann.get("created").asText()).isEqualTo("2019-03-02T08:00:00Z");
            assertThat(ann.get("html").asText()).isEqualTo(
                    "<p>First! A <b>bold</b> claim &amp; a <a href=\"https://ann.example\" rel=\"nofollow ugc noopener\">link</a>.</p>"
                            .replace("<b>bold</b>", "bold"));
            JsonNode bob = ann.get("replies").get(0);
            assertThat(bob.get("author").asText()).isEqualTo("Bob");
            assertThat(bob.get("replies").get(0).get("html").asText()).isEqualTo("<p>A reply to a reply</p>");

            JsonNode second = server.get("/api/v1/comments?page=/posts/second/").json();
            assertThat(second.get("total").asInt()).isEqualTo(1); // the spam is kept as spam, not shown
            JsonNode spam = server.get("/api/v1/admin/comments?status=spam", server.admin()).json().get("comments");
            assertThat(spam).hasSize(1);
            assertThat(spam.get(0).get("body").asText()).isEqualTo("Cheap watches");
            JsonNode emails = server.get("/api/v1/admin/comments?status=all", server.admin()).json().get("comments");
            assertThat(emails.findValuesAsText("email")).contains("ann@example.com", "bob@example.com");
        }
    }

    @Test
    void aWordPressExportKeepsHeldCommentsPendingAndLeavesOutPingbacksAndTrash() throws Exception {
        String db = backend.newDatabase(tmp, "wordpress");
        assertThat(run("import", "--from", "wordpress", "--db", db, fixture("wordpress.xml"))).startsWith("Imported 2 comments into 1 pages");
        try (TestServer server = new TestServer(db, Moderation.PRE, dev.colophon.comments.config.Limits.defaults())) {
            JsonNode thread = server.get("/api/v1/comments?page=/2020/05/hello-world/").json();
            assertThat(thread.get("total").asInt()).isEqualTo(1);
            JsonNode ann = thread.get("comments").get(0);
            assertThat(ann.get("html").asText()).isEqualTo("<p>Two paragraphs.</p><p>The second one<br />has a line break.</p>");
            assertThat(ann.get("website").asText()).isEqualTo("https://ann.example");
            assertThat(ann.get("created").asText()).isEqualTo("2020-05-02T08:00:00Z");
            JsonNode pending = server.get("/api/v1/admin/comments?status=pending", server.admin()).json().get("comments");
            assertThat(pending).hasSize(1);
            assertThat(pending.get(0).get("parentId").asLong()).isEqualTo(ann.get("id").asLong());
        }
    }

    @Test
    void anIssoDatabaseKeepsItsMarkdownItsRepliesAndWhatAwaitsModeration() throws Exception {
        Path isso = tmp.resolve("isso.db");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + isso);
             var sql = connection.createStatement()) {
            // Isso's own schema (isso/db/threads.py and comments.py)
            sql.execute("CREATE TABLE threads (id INTEGER PRIMARY KEY, uri VARCHAR(256) UNIQUE, title VARCHAR(256))");
            sql.execute("""
                    CREATE TABLE comments (tid REFERENCES threads(id), id INTEGER PRIMARY KEY, parent INTEGER,
                        created FLOAT NOT NULL, modified FLOAT, mode INTEGER, remote_addr VARCHAR, text VARCHAR,
                        author VARCHAR, email VARCHAR, website VARCHAR, likes INTEGER DEFAULT 0,
                        dislikes INTEGER DEFAULT 0, voters BLOB NOT NULL, notification INTEGER DEFAULT 0)""");
            sql.execute("INSERT INTO threads VALUES (1, '/posts/hello/', 'Hello')");
            sql.execute("""
                    INSERT INTO comments (tid, id, parent, created, mode, remote_addr, text, author, email, website, voters) VALUES
                      (1, 1, NULL, 1577872800.25, 1, '192.0.2.0', 'Isso *Markdown* <script>x</script>', 'Ann', 'ann@example.com', 'https://ann.example', x''),
                      (1, 2, 1, 1577876400.0, 1, '192.0.2.0', 'A reply', NULL, NULL, NULL, x''),
                      (1, 3, NULL, 1577880000.0, 2, '192.0.2.0', 'Awaiting moderation', 'Bob', NULL, NULL, x''),
                      (1, 4, NULL, 1577883600.0, 4, '192.0.2.0', '', NULL, NULL, NULL, x'')""");
        }
        String db = backend.newDatabase(tmp, "from-isso");
        assertThat(run("import", "--from", "isso", "--db", db, isso.toString())).startsWith("Imported 3 comments into 1 pages");
        try (TestServer server = new TestServer(db, Moderation.PRE, dev.colophon.comments.config.Limits.defaults())) {
            JsonNode thread = server.get("/api/v1/comments?page=/posts/hello/").json();
            assertThat(thread.get("total").asInt()).isEqualTo(2);
            JsonNode ann = thread.get("comments").get(0);
            assertThat(ann.get("html").asText()).isEqualTo("<p>Isso <em>Markdown</em> &lt;script&gt;x&lt;/script&gt;</p>");
            assertThat(ann.get("created").asText()).isEqualTo("2020-01-01T10:00:00.250Z");
            assertThat(ann.get("replies").get(0).get("author").asText()).isEqualTo("Anonymous");
            JsonNode pending = server.get("/api/v1/admin/comments?status=pending", server.admin()).json().get("comments");
            assertThat(pending).hasSize(1);
            assertThat(pending.get(0).get("body").asText()).isEqualTo("Awaiting moderation");
        }
    }

    @Test
    void anExportThatTriesToReadLocalFilesIsRefusedAndImportsNothing() throws Exception {
        String db = backend.newDatabase(tmp, "xxe");
        CommandLine command = command();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        command.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        assertThat(command.execute("import", "--from", "disqus", "--db", db, fixture("xxe.xml"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("xxe.xml: line 5, message: not a well-formed disqus export");
        assertThat(command.execute("import", "--from", "blogger", "--db", db, fixture("xxe.xml"))).isEqualTo(1);
        assertThat(command.execute("import", "--from", "disqus", "--db", db, tmp.resolve("missing.xml").toString())).isEqualTo(1);
        assertThat(command.execute("import", "--from", "isso", "--db", db, fixture("disqus.xml"))).isEqualTo(1); // not a database
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(ImportCommandTest.class.getResource("/imports/" + name).toURI()).toString();
    }

    private static CommandLine command() {
        return CommentsCommand.commandLine();
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(command().execute(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
