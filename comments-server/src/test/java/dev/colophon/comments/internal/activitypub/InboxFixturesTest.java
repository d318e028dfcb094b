package dev.colophon.comments.internal.activitypub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.internal.activitypub.protocol.ActivityJson;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payloads as Mastodon and GoToSocial send them, signed as they sign, through the real inbox. */
class InboxFixturesTest {
    static final String POST = TestServer.ORIGIN + "/posts/hello/";

    @TempDir
    Path dir;
    TestServer blog;
    FakeFediverse remote;
    String inbox;

    @BeforeEach
    void start() {
        blog = new TestServer(Servers.config(dir.resolve("blog.db").toString(), TestServer.ORIGIN, Moderation.PRE));
        remote = new FakeFediverse();
        inbox = blog.base + "/ap/inbox";
        Fixtures.publish(blog, Fixtures.feed("2026-11-25T10:00:00Z", POST));
    }

    @AfterEach
    void stop() {
        blog.close();
        remote.close();
    }

    Map<String, String> values(FakeFediverse.Account account) {
        Map<String, String> values = new HashMap<>();
        values.put("REMOTE", remote.base());
        values.put("ACTOR", account.id());
        values.put("BLOG", blog.base + "/ap/actor");
        values.put("BLOG_URL", TestServer.ORIGIN);
        values.put("POST", POST);
        values.put("HOST", "blog.example");
        return values;
    }

    int deliver(FakeFediverse.Account account, String fixture, Map<String, String> values) {
        return remote.deliver(inbox, account, Fixtures.payload(fixture, values), blog.clock);
    }

    JsonNode thread() {
        return blog.get("/api/v1/comments?page=/posts/hello/").json();
    }

    JsonNode pending() {
        return blog.get("/api/v1/admin/comments?status=pending", blog.admin()).json().get("comments");
    }

    void approveAll() {
        for (JsonNode comment : pending()) {
            assertThat(blog.post("/api/v1/admin/comments/" + comment.get("id").asLong() + "/approve", "", blog.admin()).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aMastodonFollowIsStoredAndAnsweredWithASignedAcceptToTheFollowersInbox() throws Exception {
        FakeFediverse.Account alice = remote.account("alice", false);
        assertThat(deliver(alice, "mastodon/follow.json", values(alice))).isEqualTo(202);

        JsonNode followers = blog.get("/api/v1/admin/fediverse/followers", blog.admin()).json();
        assertThat(followers.get("total").asInt()).isEqualTo(1);
        assertThat(followers.get("followers").get(0).get("handle").asText()).isEqualTo("@alice@" + remote.base().substring(7));
        assertThat(followers.get("followers").get(0).get("sharedInbox").asText()).isEqualTo(remote.base() + "/inbox");

        assertThat(blog.federation().deliverDue()).isEqualTo(1);
        FakeFediverse.Received accept = remote.received.get(0);
        assertThat(accept.path()).isEqualTo("/users/alice/inbox");
        JsonNode body = ActivityJson.MAPPER.readTree(accept.body());
        assertThat(body.get("type").asText()).isEqualTo("Accept");
        assertThat(body.get("actor").asText()).isEqualTo(blog.base + "/ap/actor");
        assertThat(body.get("object").get("id").asText()).isEqualTo(remote.base() + "/6c1ad1c4-7c3b-4a4e-9d3e-2f0b9b1a0c11");
        assertThat(accept.header("Signature")).contains("keyId=\"" + blog.base + "/ap/actor#main-key\"")
                .contains("headers=\"(request-target) host date digest\"").contains("algorithm=\"rsa-sha256\"");
        assertThat(Signatures.verifiesWithActorKey(blog, accept)).isTrue();

        assertThat(deliver(alice, "mastodon/undo-follow.json", values(alice))).isEqualTo(202);
        assertThat(blog.get("/api/v1/admin/fediverse/followers", blog.admin()).json().get("total").asInt()).isZero();
    }

    @Test
    void aMastodonReplyBecomesAModeratedSanitizedCommentThatItsAuthorCanEditAndDelete() {
        FakeFediverse.Account alice = remote.account("alice", false);
        assertThat(deliver(alice, "mastodon/create-reply.json", values(alice))).isEqualTo(202);
        assertThat(thread().get("comments")).isEmpty(); // pre-moderation: it waits like any comment
        assertThat(pending()).hasSize(1);
        assertThat(pending().get(0).get("handle").asText()).startsWith("@alice@127.0.0.1:");

        approveAll();
        JsonNode comment = thread().get("comments").get(0);
        assertThat(comment.get("author").asText()).isEqualTo("Alice Example");
        assertThat(comment.get("handle").asText()).isEqualTo("@alice@" + remote.base().substring(7));
        assertThat(comment.get("website").asText()).isEqualTo(remote.base() + "/@alice");
        assertThat(comment.get("html").asText()).contains("Lovely post, thank you!").contains("#java")
                .doesNotContain("<script").doesNotContain("onerror").doesNotContain("@<span>blog").doesNotContain("h-card");

        blog.clock.advance(java.time.Duration.ofSeconds(1)); // a redelivery is signed anew
        assertThat(deliver(alice, "mastodon/create-reply.json", values(alice))).isEqualTo(202); // and applied once only
        assertThat(thread().get("comments")).hasSize(1);

        assertThat(deliver(alice, "mastodon/update-reply.json", values(alice))).isEqualTo(202);
        assertThat(thread().get("comments").get(0).get("html").asText()).contains("(edited)");

        assertThat(deliver(alice, "mastodon/delete-reply.json", values(alice))).isEqualTo(202);
        assertThat(thread().get("comments")).isEmpty();
    }

    @Test
    void aDirectMessageMentioningTheBlogNeverBecomesAPublicComment() {
        FakeFediverse.Account alice = remote.account("alice", false);
        assertThat(deliver(alice, "mastodon/direct-message.json", values(alice))).isEqualTo(202);
        assertThat(pending()).isEmpty();
    }

    @Test
    void mastodonLikesAndBoostsCountOnThePostAndTheirUndoTakesThemBack() {
        FakeFediverse.Account alice = remote.account("alice", false);
        assertThat(deliver(alice, "mastodon/like.json", values(alice))).isEqualTo(202);
        assertThat(deliver(alice, "mastodon/announce.json", values(alice))).isEqualTo(202);
        assertThat(thread().get("reactions").asInt()).isEqualTo(1);
        assertThat(thread().get("shares").asInt()).isEqualTo(1);
        JsonNode stats = blog.get("/api/v1/admin/fediverse", blog.admin()).json().get("stats");
        assertThat(stats.get("likes").asInt()).isEqualTo(1);
        assertThat(stats.get("boosts").asInt()).isEqualTo(1);

        assertThat(deliver(alice, "mastodon/undo-like.json", values(alice))).isEqualTo(202);
        assertThat(deliver(alice, "mastodon/undo-announce.json", values(alice))).isEqualTo(202);
        assertThat(thread().get("reactions").asInt()).isZero();
        assertThat(thread().get("shares").asInt()).isZero();
        stats = blog.get("/api/v1/admin/fediverse", blog.admin()).json().get("stats");
        assertThat(stats.get("likes").asInt()).isZero();
        assertThat(stats.get("boosts").asInt()).isZero();
    }

    @Test
    void activitiesTheBlogDoesNotUseAreAcceptedAndIgnored() {
        FakeFediverse.Account alice = remote.account("alice", false);
        assertThat(deliver(alice, "mastodon/update-person.json", values(alice))).isEqualTo(202);
        assertThat(pending()).isEmpty();
    }

    @Test
    void goToSocialFollowsWithItsHs2019SignatureAndKeyStubAndGetsTheAcceptAtItsPersonalInbox() throws Exception {
        FakeFediverse.Account bob = remote.account("bob", true);
        assertThat(deliver(bob, "gotosocial/follow.json", values(bob))).isEqualTo(202);
        JsonNode follower = blog.get("/api/v1/admin/fediverse/followers", blog.admin()).json().get("followers").get(0);
        assertThat(follower.get("actor").asText()).isEqualTo(bob.id());
        assertThat(follower.get("sharedInbox").isNull()).isTrue();

        blog.federation().deliverDue();
        assertThat(remote.received).hasSize(1);
        assertThat(remote.received.get(0).path()).isEqualTo("/users/bob/inbox");
        assertThat(ActivityJson.MAPPER.readTree(remote.received.get(0).body()).get("type").asText()).isEqualTo("Accept");

        assertThat(deliver(bob, "gotosocial/undo-follow.json", values(bob))).isEqualTo(202);
        assertThat(blog.get("/api/v1/admin/fediverse/followers", blog.admin()).json().get("total").asInt()).isZero();
    }

    @Test
    void aGoToSocialReplyToACommentIsThreadedUnderThatComment() {
        long first = blog.comment("/posts/hello/", "The first comment", null).get("id").asLong();
        approveAll();
        FakeFediverse.Account bob = remote.account("bob", true);
        Map<String, String> values = values(bob);
        values.put("COMMENT", String.valueOf(first));
        assertThat(deliver(bob, "gotosocial/create-reply.json", values)).isEqualTo(202);
        approveAll();

        JsonNode reply = thread().get("comments").get(0).get("replies").get(0);
        assertThat(reply.get("parent").asLong()).isEqualTo(first);
        assertThat(reply.get("handle").asText()).isEqualTo("@bob@" + remote.base().substring(7));
        assertThat(reply.get("html").asText()).contains("agreed, and here is").contains("href=\"https://example.org/more\"")
                .doesNotContain("@<span>blog");

        assertThat(deliver(bob, "gotosocial/like.json", values)).isEqualTo(202);
        assertThat(thread().get("reactions").asInt()).isEqualTo(1);
    }
}
