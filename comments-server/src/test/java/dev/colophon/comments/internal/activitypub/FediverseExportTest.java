package dev.colophon.comments.internal.activitypub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.Cli;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export carries the blog's fediverse side: its key, followers, posts, reactions and replies. */
class FediverseExportTest {
    static final String POST = TestServer.ORIGIN + "/posts/hello/";

    @TempDir
    Path dir;

    @Test
    void anImportedExportKeepsTheAccountItsFollowersAndTheirReplies() {
        String original = dir.resolve("original.db").toString();
        String key;
        try (TestServer blog = new TestServer(Servers.config(original, TestServer.ORIGIN, Moderation.POST));
             FakeFediverse remote = new FakeFediverse()) {
            FakeFediverse.Account alice = remote.account("alice", false);
            String inbox = blog.base + "/ap/inbox";
            Fixtures.publish(blog, Fixtures.feed("2026-11-25T10:00:00Z", POST));
            String follow = "{\"id\":\"%s/f/1\",\"type\":\"Follow\",\"actor\":\"%s\",\"object\":\"%s\"}"
                    .formatted(remote.base(), alice.id(), blog.base + "/ap/actor");
            assertThat(remote.deliver(inbox, alice, follow, blog.clock)).isEqualTo(202);
            String like = "{\"id\":\"%s#likes/1\",\"type\":\"Like\",\"actor\":\"%s\",\"object\":\"%s\"}".formatted(alice.id(), alice.id(), POST);
            assertThat(remote.deliver(inbox, alice, like, blog.clock)).isEqualTo(202);
            java.util.Map<String, String> values = new java.util.HashMap<>(java.util.Map.of("REMOTE", remote.base(),
                    "ACTOR", alice.id(), "BLOG", blog.base + "/ap/actor", "BLOG_URL", TestServer.ORIGIN, "POST", POST, "HOST", "blog.example"));
            assertThat(remote.deliver(inbox, alice, Fixtures.payload("mastodon/create-reply.json", values), blog.clock)).isEqualTo(202);
            key = blog.get("/ap/actor", "Accept", "application/activity+json").json().get("publicKey").get("publicKeyPem").asText();
        }
        Path export = dir.resolve("export.json");
        Cli.run("export", "--db", original, "-o", export.toString());
        String copy = dir.resolve("copy.db").toString();
        assertThat(Cli.run("import", "--from", "colophon", "--db", copy, export.toString())).startsWith("Imported 1 comments");

        try (TestServer moved = new TestServer(Servers.config(copy, TestServer.ORIGIN, Moderation.POST))) {
            assertThat(moved.get("/ap/actor", "Accept", "application/activity+json").json().get("publicKey")
                    .get("publicKeyPem").asText()).isEqualTo(key);
            var stats = moved.get("/api/v1/admin/fediverse", moved.admin()).json().get("stats");
            assertThat(stats.get("followers").asInt()).isEqualTo(1);
            assertThat(stats.get("likes").asInt()).isEqualTo(1);
            assertThat(stats.get("posts").asInt()).isEqualTo(1);
            assertThat(moved.get("/api/v1/comments?page=/posts/hello/").json().get("comments").get(0).get("handle").asText())
                    .startsWith("@alice@");
        }
    }
}
