package dev.colophon.comments.internal.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.Cli;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remark42, Commento, Comentario, Cusdis, CSV and sparse WordPress exports, written from each system's documented format. */
class OtherSystemsImportTest {
    @TempDir
    Path tmp;

    private String db;

    private JsonNode thread(String page) {
        try (TestServer server = new TestServer(db, Moderation.PRE, Limits.defaults())) {
            return server.get("/api/v1/comments?page=" + page).json();
        }
    }

    private JsonNode admin(String status) {
        try (TestServer server = new TestServer(db, Moderation.PRE, Limits.defaults())) {
            return server.get("/api/v1/admin/comments?status=" + status, server.admin()).json().get("comments");
        }
    }

    private String fixture(String name) throws Exception {
        return Path.of(getClass().getResource("/imports/" + name).toURI()).toString();
    }

    @Test
    void aGzippedRemark42BackupKeepsRepliesInPlaceSanitizedAndLeavesOutDeletedOnes() throws Exception {
        db = Backend.SQLITE.newDatabase(tmp, "remark42");
        Path gz = tmp.resolve("backup-remark-20210402.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(Path.of(fixture("remark42.json")), out);
        }
        assertThat(Cli.run("import", "--from", "remark42", "--db", db, gz.toString())).startsWith("Imported 2 comments into 1 pages");
        assertThat(Cli.run("import", "--from", "remark42", "--db", db, gz.toString())).contains("(2 already there");
        JsonNode ann = thread("/posts/hello/").get("comments").get(0);
        assertThat(ann.get("author").asText()).isEqualTo("Ann");
        assertThat(ann.get("html").asText()).isEqualTo("<p>Hello <strong>there</strong></p>");
        assertThat(ann.get("created").asText()).isEqualTo("2021-04-01T10:00:00Z");
        assertThat(ann.get("replies").get(0).get("author").asText()).isEqualTo("Bob");
    }

    @Test
    void aCommentoExportKeepsUnapprovedCommentsPendingAndFindsCommentersByHex() throws Exception {
        db = Backend.SQLITE.newDatabase(tmp, "commento");
        assertThat(Cli.run("import", "--from", "commento", "--db", db, fixture("commento.json"))).startsWith("Imported 2 comments into 1 pages");
        JsonNode ann = thread("/posts/hello/").get("comments").get(0);
        assertThat(ann.get("author").asText()).isEqualTo("Ann");
        assertThat(ann.get("website").asText()).isEqualTo("https://ann.example");
        assertThat(ann.get("html").asText()).isEqualTo("<p>Commento <em>Markdown</em> &lt;script&gt;x&lt;/script&gt;</p>");
        JsonNode pending = admin("pending");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("author").asText()).isEqualTo("Anonymous");
        assertThat(pending.get(0).get("parentId").asLong()).isEqualTo(ann.get("id").asLong());
    }

    @Test
    void aComentarioExportOfVersionThreeFindsPagesByIdAndKeepsPendingAndRejected() throws Exception {
        db = Backend.SQLITE.newDatabase(tmp, "comentario");
        assertThat(Cli.run("import", "--from", "comentario", "--db", db, fixture("comentario.json"))).startsWith("Imported 3 comments into 1 pages");
        JsonNode thread = thread("/posts/hello/");
        assertThat(thread.get("total").asInt()).isEqualTo(1);
        assertThat(thread.get("comments").get(0).get("html").asText()).isEqualTo("<p>Comentario <strong>bold</strong></p>");
        assertThat(admin("pending").get(0).get("author").asText()).isEqualTo("Guest");
        assertThat(admin("rejected").get(0).get("author").asText()).isEqualTo("Spammer");
        // Comentario reads Commento's format too, and writes it in older versions
        assertThat(Cli.run("import", "--from", "comentario", "--db", db, fixture("commento.json"))).startsWith("Imported 2 comments");
    }

    @Test
    void aCusdisDatabaseBringsApprovedCommentsAndRepliesAndLeavesOutDeletedOnes() throws Exception {
        db = Backend.SQLITE.newDatabase(tmp, "cusdis-target");
        Path cusdis = tmp.resolve("cusdis.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cusdis); Statement s = c.createStatement()) {
            // the tables of Cusdis's Prisma schema for SQLite, with the columns this import reads
            s.execute("CREATE TABLE pages (id TEXT PRIMARY KEY, slug TEXT NOT NULL, url TEXT, title TEXT, projectId TEXT NOT NULL)");
            s.execute("""
                    CREATE TABLE comments (id TEXT PRIMARY KEY, pageId TEXT NOT NULL, created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL, deletedAt DATETIME, moderatorId TEXT, by_email TEXT, by_nickname TEXT NOT NULL,
                    content TEXT NOT NULL, approved BOOLEAN NOT NULL DEFAULT false, parentId TEXT)""");
            s.execute("INSERT INTO pages VALUES ('p1', 'hello', 'https://blog.example/posts/hello/', 'Hello', 'proj')");
            s.execute("INSERT INTO comments VALUES ('a', 'p1', 1622548800000, 1622548800000, NULL, NULL, 'ann@example.com', 'Ann', 'Cusdis *text*', 1, NULL)");
            s.execute("INSERT INTO comments VALUES ('b', 'p1', 1622552400000, 1622552400000, NULL, NULL, NULL, 'Bob', 'Awaiting', 0, 'a')");
            s.execute("INSERT INTO comments VALUES ('c', 'p1', 1622556000000, 1622556000000, 1622556000001, NULL, NULL, 'Eve', 'Gone', 1, NULL)");
        }
        assertThat(Cli.run("import", "--from", "cusdis", "--db", db, cusdis.toString())).startsWith("Imported 2 comments into 1 pages");
        JsonNode ann = thread("/posts/hello/").get("comments").get(0);
        assertThat(ann.get("html").asText()).isEqualTo("<p>Cusdis <em>text</em></p>");
        assertThat(ann.get("created").asText()).isEqualTo("2021-06-01T12:00:00Z");
        assertThat(admin("pending").get(0).get("parentId").asLong()).isEqualTo(ann.get("id").asLong());
    }

    @Test
    void aCsvFileGivesDefaultsToMissingFieldsAndSaysHowMany() throws Exception {
        db = Backend.SQLITE.newDatabase(tmp, "csv");
        assertThat(Cli.run("import", "--from", "csv", "--db", db, fixture("comments.csv")))
                .startsWith("Imported 3 comments into 1 pages")
                .contains("warning: 1 rows had no author; they got its default")
                .contains("warning: 1 rows had no created_at; they got its default");
        JsonNode thread = thread("/posts/hello/");
        assertThat(thread.get("total").asInt()).isEqualTo(2);
        assertThat(thread.get("comments").get(0).get("html").asText()).isEqualTo("<p>CSV <em>Markdown</em>, with a comma</p>");
        JsonNode bob = admin("pending").get(0);
        assertThat(bob.get("body").asText()).isEqualTo("A reply\non two lines");
    }

    @Test
    void aWordPressCommentWithOnlyIdAuthorAndContentImportsPendingWithAWarning() throws Exception {
        db = Backend.SQLITE.newDatabase(tmp, "wp");
        assertThat(Cli.run("import", "--from", "wordpress", "--db", db, fixture("wordpress-minimal.xml")))
                .startsWith("Imported 1 comments into 1 pages")
                .contains("warning: 1 rows had no wp:comment_approved")
                .contains("warning: 1 rows had no wp:comment_date_gmt");
        assertThat(admin("pending").get(0).get("body").asText()).isEqualTo("Only an id, an author and content.");
    }

    @Test
    void aWordPressExportWithUnescapedCdataInsideCdataImportsAsWordPressReadsIt() throws Exception {
        db = Backend.SQLITE.newDatabase(tmp, "cdata");
        assertThat(Cli.run("import", "--from", "wordpress", "--db", db, fixture("wordpress-nested-cdata.xml")))
                .startsWith("Imported 5 comments into 1 pages");
        JsonNode comments = thread("/2021/03/xml-by-hand/").get("comments");
        // the text as WordPress reads it; a "<![CDATA[ … ]]>" left in the HTML is a comment to a browser, so
        // WordPress's page hides it too and the sanitizer drops it
        assertThat(comments.findValuesAsText("html")).containsExactly(
                "<p>Wrap it in  and the parser leaves it alone :)</p>",
                "<p>The closing ]]&gt; alone, then </p>",
                "<p>Escaped the usual way: ]]&gt; done</p>",
                "<p>Two sections, read as one.</p>",
                "<p>It ends with the sequence ]] &gt;</p>");
        assertThat(comments.get(0).get("replies").get(0).get("author").asText()).isEqualTo("Bob ]]>");
    }

    @Test
    void aWordPressBlogOnPlainPermalinksKeepsOneThreadPerPost() throws Exception {
        db = Backend.SQLITE.newDatabase(tmp, "plain");
        assertThat(Cli.run("import", "--from", "wordpress", "--db", db, fixture("wordpress-plain-permalinks.xml")))
                .startsWith("Imported 3 comments into 3 pages");
        assertThat(thread("/?p=4").get("comments").get(0).get("author").asText()).isEqualTo("Ann");
        assertThat(thread("/?page_id=2").get("comments").get(0).get("author").asText()).isEqualTo("Bob");
        assertThat(thread("/2019/01/tracked/").get("comments").get(0).get("author").asText()).isEqualTo("Carol");
        assertThat(thread("/").get("total").asInt()).isZero();
    }

    @Test
    void aDisqusPostWithoutItsDsqIdIsKnownByItsOwnIdAndOneWithNeitherIsRefused() throws Exception {
        db = Backend.SQLITE.newDatabase(tmp, "dsq");
        String file = fixture("disqus-without-dsq-id.xml");
        assertThat(Cli.run("import", "--from", "disqus", "--db", db, file)).startsWith("Imported 2 comments into 1 pages");
        assertThat(Cli.run("import", "--from", "disqus", "--db", db, file)).startsWith("Imported 0 comments into 0 pages").contains("(2 already there");
        assertThat(thread("/posts/ids/").get("comments").findValuesAsText("author")).containsExactly("Ann", "Bob");

        Path neither = tmp.resolve("neither.xml");
        Files.writeString(neither, Files.readString(Path.of(file)).replace("<id>wp-comment-55</id>", ""));
        assertThat(Cli.fail("import", "--from", "disqus", "--db", Backend.SQLITE.newDatabase(tmp, "neither"), neither.toString()))
                .contains("neither.xml: line 15, post: has no dsq:id and no <id>");
    }

    @Test
    void malformedTruncatedAndForeignExportsAreRefusedInOurWordsWithTheirLineAndNothingIsWritten() throws Exception {
        db = Backend.SQLITE.newDatabase(tmp, "refused");
        assertThat(Cli.fail("import", "--from", "wordpress", "--db", db, fixture("wordpress-malformed.xml")))
                .contains("wordpress-malformed.xml: line 8, wp:comment_content: not a well-formed wordpress export (")
                .contains("nothing was imported").doesNotContain("ParseError");
        Path cutXml = tmp.resolve("cut.xml");
        String whole = Files.readString(Path.of(fixture("wordpress-nested-cdata.xml")));
        Files.writeString(cutXml, whole.substring(0, whole.indexOf("<wp:comment_approved>1")));
        assertThat(Cli.fail("import", "--from", "wordpress", "--db", db, cutXml.toString()))
                .contains("cut.xml: line 30, wp:comment: the file ends before the wordpress export does (cut short?)");
        Path cut = tmp.resolve("cut.json");
        String commento = Files.readString(Path.of(fixture("commento.json")));
        Files.writeString(cut, commento.substring(0, commento.length() / 2));
        assertThat(Cli.fail("import", "--from", "commento", "--db", db, cut.toString()))
                .contains("cut.json: line ").contains("cut short");
        assertThat(Cli.fail("import", "--from", "remark42", "--db", db, fixture("commento.json")))
                .contains("not a Remark42 export");
        assertThat(Cli.fail("import", "--from", "commento", "--db", db, fixture("comentario.json")))
                .contains("line 1: not a Commento export");
        Path badCsv = tmp.resolve("bad.csv");
        Files.writeString(badCsv, "id,page,body,status\n1,/p/,ok,approved\n2,/p/,bad,published\n");
        assertThat(Cli.fail("import", "--from", "csv", "--db", db, badCsv.toString()))
                .contains("bad.csv: line 3, status: 'published' is not one of");
        assertThat(thread("/p/").get("total").asInt()).isZero(); // the good first row was not kept either
    }
}
