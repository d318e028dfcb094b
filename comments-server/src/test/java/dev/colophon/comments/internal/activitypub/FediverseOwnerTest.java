package dev.colophon.comments.internal.activitypub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.internal.activitypub.protocol.ActivityJson;
import dev.colophon.comments.config.FediverseConfig;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the owner sets and does: the actor's profile, Notes instead of Articles, removing a follower, spam among replies. */
class FediverseOwnerTest {
    static final String POST = TestServer.ORIGIN + "/posts/hello/";

    @TempDir
    Path dir;
    TestServer blog;
    FakeFediverse remote = new FakeFediverse();

    @AfterEach
    void stop() {
        if (blog != null) {
            blog.close();
        }
        remote.close();
    }

    private TestServer start(FediverseConfig fediverse) {
        blog = new TestServer(Servers.with(TestServer.config(dir.resolve("blog.db").toString(), TestServer.ORIGIN, Moderation.PRE),
                fediverse));
        Fixtures.publish(blog, Fixtures.feed("2026-11-25T10:00:00Z", POST));
        return blog;
    }

    private static FediverseConfig settings(String name, String summary, String icon, FediverseConfig.ObjectType type) {
        return new FediverseConfig("notes", null, name, summary, icon, type, false, 300);
    }

    private int follow(FakeFediverse.Account account) {
        String follow = "{\"id\":\"%s/follows/%s\",\"type\":\"Follow\",\"actor\":\"%s\",\"object\":\"%s\"}"
                .formatted(remote.base(), account.name(), account.id(), blog.base + "/ap/actor");
        return remote.deliver(blog.base + "/ap/inbox", account, follow, blog.clock);
    }

    @Test
    void theActorShowsTheConfiguredNameSummaryAndIcon() {
        start(settings("Notes from the harbour", "Posts about boats.", "https://blog.example/icon.png",
                FediverseConfig.ObjectType.ARTICLE));

        JsonNode actor = blog.get("/ap/actor", "Accept", ActivityJson.MEDIA_TYPE).json();

        assertThat(actor.get("preferredUsername").asText()).isEqualTo("notes");
        assertThat(actor.get("name").asText()).isEqualTo("Notes from the harbour");
        assertThat(actor.get("summary").asText()).contains("Posts about boats.");
        assertThat(actor.get("icon").get("url").asText()).isEqualTo("https://blog.example/icon.png");
        assertThat(actor.get("outbox").asText()).isEqualTo(blog.base + "/ap/outbox");
        assertThat(actor.get("followers").asText()).isEqualTo(blog.base + "/ap/followers");
        assertThat(blog.get("/.well-known/webfinger?resource=acct:notes@blog.example").status()).isEqualTo(200);
    }

    @Test
    void withObjectTypeNotePostsFederateAsNotesAtTheirCanonicalUrl() throws Exception {
        start(settings(null, null, null, FediverseConfig.ObjectType.NOTE));
        FakeFediverse.Account alice = remote.account("alice", false);
        assertThat(follow(alice)).isEqualTo(202);
        blog.federation().deliverDue(); // the Accept
        remote.received.clear();

        JsonNode item = blog.get("/ap/outbox?page=1", "Accept", ActivityJson.MEDIA_TYPE).json().get("orderedItems").get(0);
        assertThat(item.get("object").get("type").asText()).isEqualTo("Note");
        assertThat(item.get("object").get("id").asText()).isEqualTo(POST);
        assertThat(item.get("object").get("url").asText()).isEqualTo(POST);

        Fixtures.publish(blog, Fixtures.feed("2026-11-26T10:00:00Z", TestServer.ORIGIN + "/posts/second/", POST));
        blog.federation().deliverDue();
        JsonNode create = ActivityJson.MAPPER.readTree(remote.received.get(0).body());
        assertThat(create.get("type").asText()).isEqualTo("Create");
        assertThat(create.get("object").get("type").asText()).isEqualTo("Note");
        assertThat(create.get("object").get("id").asText()).isEqualTo(TestServer.ORIGIN + "/posts/second/");
        assertThat(create.get("object").get("content").asText()).contains("/posts/second/");
    }

    @Test
    void theOwnerRemovesAFollowerAndItsServerIsToldWithASignedReject() throws Exception {
        start(FediverseConfig.defaults());
        FakeFediverse.Account alice = remote.account("alice", false);
        FakeFediverse.Account bob = remote.account("bob", true);
        assertThat(follow(alice)).isEqualTo(202);
        assertThat(follow(bob)).isEqualTo(202);
        blog.federation().deliverDue();
        remote.received.clear();

        assertThat(blog.delete("/api/v1/admin/fediverse/followers?actor=" + alice.id(), blog.admin()).status()).isEqualTo(204);

        JsonNode followers = blog.get("/api/v1/admin/fediverse/followers", blog.admin()).json();
        assertThat(followers.get("total").asInt()).isEqualTo(1);
        assertThat(followers.get("followers").get(0).get("actor").asText()).isEqualTo(bob.id());
        assertThat(blog.federation().deliverDue()).isEqualTo(1);
        FakeFediverse.Received reject = remote.received.get(0);
        JsonNode body = ActivityJson.MAPPER.readTree(reject.body());
        assertThat(body.get("type").asText()).isEqualTo("Reject");
        assertThat(body.get("object").get("actor").asText()).isEqualTo(alice.id());
        assertThat(Signatures.verifiesWithActorKey(blog, reject)).isTrue();
        assertThat(blog.delete("/api/v1/admin/fediverse/followers?actor=" + alice.id(), blog.admin()).status()).isEqualTo(404);

        Fixtures.publish(blog, Fixtures.feed("2026-11-26T10:00:00Z", TestServer.ORIGIN + "/posts/second/", POST));
        remote.received.clear();
        blog.federation().deliverDue();
        assertThat(remote.received).extracting(FakeFediverse.Received::path).containsExactly("/users/bob/inbox");
    }

    @Test
    void aReplyFromTheFediverseIsSpamScoredAsAnyCommentIs() {
        start(FediverseConfig.defaults());
        FakeFediverse.Account alice = remote.account("alice", false);
        String links = "<p><a href=\"https://bit.ly/a1\">bit.ly/a1</a> <a href=\"https://bit.ly/a2\">bit.ly/a2</a> "
                + "<a href=\"https://bit.ly/a3\">bit.ly/a3</a></p>";
        String reply = """
                {"id":"%1$s/statuses/9/activity","type":"Create","actor":"%1$s","to":["https://www.w3.org/ns/activitystreams#Public"],
                 "object":{"id":"%1$s/statuses/9","type":"Note","attributedTo":"%1$s","inReplyTo":"%2$s",
                  "to":["https://www.w3.org/ns/activitystreams#Public"],"content":%3$s}}"""
                .formatted(alice.id(), POST, ActivityJson.MAPPER.valueToTree(links).toString());
        assertThat(remote.deliver(blog.base + "/ap/inbox", alice, reply, blog.clock)).isEqualTo(202);

        JsonNode held = blog.get("/api/v1/admin/comments?status=all", blog.admin()).json().get("comments").get(0);
        assertThat(held.get("handle").asText()).isEqualTo("@alice@" + remote.base().substring(7));
        assertThat(held.get("spamScore").asDouble()).isGreaterThan(0.5);
        assertThat(held.get("spamReasons").toString()).contains("shortener").contains("links");
        assertThat(blog.get("/api/v1/comments?page=/posts/hello/").json().get("comments")).isEmpty();
    }
}
