package dev.colophon.comments.internal.portability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.Cli;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code colophon comments export} and {@code import --from colophon}: everything out, everything back, the same document again. */
@ParameterizedClass
@EnumSource(Backend.class)
class ExportRoundTripTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;

    /** A database with what a site gathers: threads, replies, an edit, likes, a reaction, a block, moderation, views. */
    private String seeded() {
        String db = backend.newDatabase(tmp, "original");
        try (TestServer server = new TestServer(db, Moderation.POST, Limits.defaults().withoutRates())) {
            JsonNode first = server.comment("/posts/hello/", "First *post* & <b>bold</b>", null);
            long firstId = first.get("id").asLong();
            JsonNode reply = server.comment("/posts/hello/", "A reply", firstId);
            server.comment("/posts/hello/", "A reply to the reply", reply.get("id").asLong());
            server.put("/api/v1/comments/" + firstId, Map.of("body", "First *post*, edited"), "X-Edit-Token", first.get("token").asText());
            server.post("/api/v1/comments/" + firstId + "/like", "", "User-Agent", "Alice");
            server.post("/api/v1/comments/" + firstId + "/like", "", "User-Agent", "Bob");
            server.post("/api/v1/reactions", Map.of("page", "/posts/hello/"), "User-Agent", "Alice");
            server.post("/api/v1/comments", Map.of("page", "/about/", "body", "On the second blog", "site", "two"));
            long spam = server.comment("/posts/other/", "Cheap watches", null).get("id").asLong();
            server.post("/api/v1/admin/comments/" + spam + "/spam", "", server.admin());
            server.post("/api/v1/admin/comments/" + spam + "/block", "", server.admin());
            long kind = server.post("/api/v1/comments", Map.of("page", "/posts/other/", "body", "Kind words about the post",
                    "author", "Carol", "email", "carol@example.com")).json().get("id").asLong();
            server.post("/api/v1/admin/comments/" + kind + "/approve", "", server.admin()); // teaches ham, trusts Carol
            server.post("/api/v1/views", Map.of("page", "/posts/hello/", "referrer", "https://news.example/item"),
                    "Origin", TestServer.ORIGIN, "User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0");
            server.server.flushViews();
            server.clock.advance(Duration.ofMinutes(1));
        }
        return db;
    }

    @Test
    void anExportImportedIntoANewDatabaseExportsAsTheSameDocument() throws Exception {
        String original = seeded();
        Path first = tmp.resolve("first.json");
        assertThat(Cli.run("export", "--db", original, "-o", first.toString()))
                .contains("Exported 6 comments in 3 threads (2 votes, 1 page reactions, 1 blocks, ");

        String copy = backend.newDatabase(tmp, "copy");
        assertThat(Cli.run("import", "--from", "colophon", "--db", copy, first.toString()))
                .startsWith("Imported 6 comments in 3 threads from ");
        Path second = tmp.resolve("second.json");
        Cli.run("export", "--db", copy, "-o", second.toString());
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));

        assertThat(Cli.run("import", "--from", "colophon", "--db", copy, first.toString()))
                .startsWith("Imported 0 comments in 0 threads").contains("rows already there");
        Path third = tmp.resolve("third.json");
        Cli.run("export", "--db", copy, "-o", third.toString());
        assertThat(Files.readString(third)).isEqualTo(Files.readString(first));
    }

    @Test
    void theDocumentHoldsEveryFieldOfAThreadWithItsRepliesLikesAndBlocks() throws Exception {
        String original = seeded();
        Path file = tmp.resolve("export.json");
        Cli.run("export", "--db", original, "-o", file.toString());
        JsonNode export = TestServer.JSON.readTree(file.toFile());
        assertThat(export.get("format").asText()).isEqualTo("colophon-comments");
        assertThat(export.get("version").asInt()).isEqualTo(1);
        JsonNode comments = export.get("comments");
        JsonNode first = comments.get(0);
        assertThat(first.get("id").asLong()).isEqualTo(1);
        assertThat(first.get("body").asText()).isEqualTo("First *post*, edited");
        assertThat(first.get("updated_at").asText()).endsWith("Z");
        assertThat(first.get("likes").asInt()).isEqualTo(2);
        assertThat(first.get("edit_token_hash").asText()).isNotEmpty();
        assertThat(first.get("address_hash").asText()).isNotEmpty();
        assertThat(comments.get(1).get("parent_id").asLong()).isEqualTo(1);
        assertThat(comments.get(2).get("parent_id").asLong()).isEqualTo(2);
        assertThat(comments.get(2).get("depth").asInt()).isEqualTo(2);
        assertThat(comments.get(4).get("status").asText()).isEqualTo("spam");
        assertThat(export.get("votes").findValuesAsText("comment_id")).containsOnly("1");
        assertThat(export.get("blocks").get(0).get("kind").asText()).isIn("email", "address");
        assertThat(export.get("settings").findValuesAsText("name")).isNotEmpty(); // the key the address hashes of blocks need
        assertThat(export.get("page_views").get(0).get("views").asLong()).isEqualTo(1);
        assertThat(export.get("referrer_views").get(0).get("referrer").asText()).isEqualTo("news.example");
    }

    @Test
    void whatTheSpamFilterLearnedAndWhomItTrustsComeBackSoANewServerJudgesAsTheOldOne() throws Exception {
        String original = seeded();
        Path file = tmp.resolve("export.json");
        Cli.run("export", "--db", original, "-o", file.toString());
        JsonNode export = TestServer.JSON.readTree(file.toFile());
        JsonNode spam = export.get("comments").get(4);
        assertThat(spam.get("trained_as").asText()).isEqualTo("spam");
        assertThat(spam.get("spam_score").isNumber()).isTrue();
        assertThat(spam.get("spam_reasons").asText()).startsWith("[");
        assertThat(spam.get("body_hash").asText()).isNotEmpty();
        assertThat(export.get("comments").get(5).get("trained_as").asText()).isEqualTo("ham");
        assertThat(export.get("spam_model").get(0).get("spam_docs").asLong()).isGreaterThan(1); // the prior, and the decision
        assertThat(export.get("spam_tokens").findValuesAsText("token")).contains("watches");
        assertThat(export.get("known_authors")).hasSize(1);

        String copy = backend.newDatabase(tmp, "copy");
        Cli.run("import", "--from", "colophon", "--db", copy, file.toString());
        Map<String, Object> likeTheSpam = Map.of("page", "/posts/new/", "body", "Cheap watches, cheap", "author", "Dan");
        Map<String, Object> fromCarol = Map.of("page", "/posts/new/", "body", "Kind words about the post, once more",
                "author", "Carol", "email", "carol@example.com");
        try (TestServer before = new TestServer(original, Moderation.AUTO, Limits.defaults().withoutRates());
             TestServer after = new TestServer(copy, Moderation.AUTO, Limits.defaults().withoutRates())) {
            unblockAll(before); // the seeded block is of this test's own address
            unblockAll(after);
            JsonNode was = held(before, before.post("/api/v1/comments", likeTheSpam).json());
            JsonNode is = held(after, after.post("/api/v1/comments", likeTheSpam).json());
            assertThat(is.get("status").asText()).isEqualTo(was.get("status").asText());
            assertThat(is.get("spamScore").asDouble()).isEqualTo(was.get("spamScore").asDouble());
            assertThat(is.get("spamReasons")).isEqualTo(was.get("spamReasons"));
            JsonNode carol = held(after, after.post("/api/v1/comments", fromCarol).json());
            assertThat(carol.get("status").asText()).as(carol.toString()).isEqualTo("approved"); // a known commenter
        }
    }

    @Test
    void theFilesModelReplacesAPriorOnlyAndIsLeftOutWithAWarningWhereTheOwnerTaughtTheFilterAlready() throws Exception {
        String original = seeded();
        Path file = tmp.resolve("export.json");
        Cli.run("export", "--db", original, "-o", file.toString());
        String served = backend.newDatabase(tmp, "served");
        new TestServer(served, Moderation.POST, Limits.defaults()).close(); // taught itself the built-in prior
        Cli.run("import", "--from", "colophon", "--db", served, file.toString());
        Path again = tmp.resolve("again.json");
        Cli.run("export", "--db", served, "-o", again.toString());
        JsonNode first = TestServer.JSON.readTree(file.toFile());
        JsonNode second = TestServer.JSON.readTree(again.toFile());
        assertThat(second.get("spam_model")).isEqualTo(first.get("spam_model"));
        assertThat(second.get("spam_tokens")).isEqualTo(first.get("spam_tokens"));

        String taught = backend.newDatabase(tmp, "taught");
        try (TestServer server = new TestServer(taught, Moderation.PRE, Limits.defaults().withoutRates())) {
            long id = server.comment("/posts/mine/", "Buy followers now", null).get("id").asLong();
            server.post("/api/v1/admin/comments/" + id + "/spam", "", server.admin());
        }
        Path mine = tmp.resolve("mine.json");
        Cli.run("export", "--db", taught, "-o", mine.toString());
        assertThat(Cli.run("import", "--from", "colophon", "--db", taught, file.toString()))
                .contains("warning: the spam filter's lessons in the file were left out");
        Path after = tmp.resolve("after.json");
        Cli.run("export", "--db", taught, "-o", after.toString());
        JsonNode kept = TestServer.JSON.readTree(after.toFile());
        assertThat(kept.get("spam_tokens")).isEqualTo(TestServer.JSON.readTree(mine.toFile()).get("spam_tokens"));
        assertThat(kept.get("comments").findValues("trained_as").stream().filter(v -> !v.isNull()).map(JsonNode::asText))
                .containsExactly("spam"); // only its own lesson: the imported comments will teach when judged here
    }

    private static void unblockAll(TestServer server) {
        for (JsonNode block : server.get("/api/v1/admin/blocks", server.admin()).json().get("blocks")) {
            server.delete("/api/v1/admin/blocks/" + block.get("id").asLong(), server.admin());
        }
    }

    private static JsonNode held(TestServer server, JsonNode posted) {
        for (JsonNode c : server.get("/api/v1/admin/comments?status=all&limit=500", server.admin()).json().get("comments")) {
            if (c.get("id").asLong() == posted.get("id").asLong()) {
                return c;
            }
        }
        throw new AssertionError("comment " + posted + " not listed");
    }

    @Test
    void anExportOfOneSiteHasOnlyItsThreadsAndImportsBesideWhatIsThereWithNewIds() throws Exception {
        String original = seeded();
        Path file = tmp.resolve("two.json");
        Cli.run("export", "--db", original, "--site", "two", "-o", file.toString());
        JsonNode export = TestServer.JSON.readTree(file.toFile());
        assertThat(export.get("threads")).hasSize(1);
        assertThat(export.get("comments")).hasSize(1);
        assertThat(export.get("votes")).isEmpty();

        Path all = tmp.resolve("all.json");
        Cli.run("export", "--db", original, "-o", all.toString());
        String other = backend.newDatabase(tmp, "other");
        try (TestServer server = new TestServer(other, Moderation.POST, Limits.defaults().withoutRates())) {
            server.comment("/posts/elsewhere/", "Already here", null);
            server.comment("/posts/elsewhere/", "Also here", null);
        }
        Cli.run("import", "--from", "colophon", "--db", other, all.toString());
        try (TestServer server = new TestServer(other, Moderation.POST, Limits.defaults())) {
            JsonNode hello = server.get("/api/v1/comments?page=/posts/hello/").json();
            JsonNode first = hello.get("comments").get(0);
            assertThat(first.get("id").asLong()).isGreaterThan(2); // renumbered after the two already there
            assertThat(first.get("likes").asInt()).isEqualTo(2);
            assertThat(first.get("replies").get(0).get("replies").get(0).get("html").asText()).isEqualTo("<p>A reply to the reply</p>");
            assertThat(server.get("/api/v1/comments?page=/posts/elsewhere/").json().get("total").asInt()).isEqualTo(2);
        }
    }

    @Test
    void aCutShortOrForeignOrBrokenFileIsRefusedWithItsLineAndFieldAndNothingIsWritten() throws Exception {
        String original = seeded();
        Path file = tmp.resolve("export.json");
        Cli.run("export", "--db", original, "-o", file.toString());
        String text = Files.readString(file);
        String target = backend.newDatabase(tmp, "target");

        Path cut = tmp.resolve("cut.json");
        Files.writeString(cut, text.substring(0, text.indexOf("\"votes\"") + 20));
        assertThat(Cli.fail("import", "--from", "colophon", "--db", target, cut.toString()))
                .contains("cut.json: line ").contains("cut short").contains("nothing was imported");

        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, text.replaceFirst("\"author\":\"Ann\"", "\"author\":42"));
        assertThat(Cli.fail("import", "--from", "colophon", "--db", target, broken.toString()))
                .contains("broken.json: line 7, comments[0].author: expected text, found 42");

        Path orphan = tmp.resolve("orphan.json");
        Files.writeString(orphan, text.replaceFirst("\"parent_id\":1,", "\"parent_id\":99,"));
        assertThat(Cli.fail("import", "--from", "colophon", "--db", target, orphan.toString()))
                .contains("comments[1].parent_id: comments 99 is not among the comments before it in the file");

        Path foreign = tmp.resolve("foreign.json");
        Files.writeString(foreign, "{\"version\": 1, \"comments\": [], \"commenters\": []}");
        assertThat(Cli.fail("import", "--from", "colophon", "--db", target, foreign.toString()))
                .contains("foreign.json: line 1, format: is missing: not a colophon-comments export");

        Path empty = tmp.resolve("empty.json");
        Cli.run("export", "--db", target, "-o", empty.toString());
        JsonNode nothing = TestServer.JSON.readTree(empty.toFile());
        assertThat(nothing.get("threads")).isEmpty();
        assertThat(nothing.get("comments")).isEmpty();
    }

    @Test
    void rowsMissingOptionalFieldsGetDefaultsAndOneWarningPerField() throws Exception {
        Path file = tmp.resolve("sparse.json");
        Files.writeString(file, """
                {"format":"colophon-comments","version":1,
                "threads":[{"id":1,"site":"default","page":"/p/","created_at":"2020-01-01T00:00:00Z"}],
                "comments":[
                {"id":1,"thread_id":1,"body":"Hello","html":"<p>Hello</p><script>x</script>","created_at":"2020-01-01T00:00:00Z","status":"approved"},
                {"id":2,"thread_id":1,"parent_id":1,"depth":1,"body":"Hi","html":"<p>Hi</p>","created_at":"2020-01-02T00:00:00Z","status":"approved"}
                ]}
                """);
        String db = backend.newDatabase(tmp, "sparse");
        assertThat(Cli.run("import", "--from", "colophon", "--db", db, file.toString()))
                .contains("warning: 2 rows had no comments.author; they got its default")
                .contains("Imported 2 comments in 1 threads");
        try (TestServer server = new TestServer(db, Moderation.POST, Limits.defaults())) {
            JsonNode first = server.get("/api/v1/comments?page=/p/").json().get("comments").get(0);
            assertThat(first.get("author").asText()).isEqualTo("Anonymous");
            assertThat(first.get("html").asText()).isEqualTo("<p>Hello</p>"); // sanitized again
            assertThat(first.get("replies").get(0).get("body")).isNull();
        }
    }
}
