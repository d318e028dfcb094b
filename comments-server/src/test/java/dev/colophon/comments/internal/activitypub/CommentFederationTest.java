package dev.colophon.comments.internal.activitypub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.internal.activitypub.protocol.ActivityJson;
import dev.colophon.comments.config.FediverseConfig;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With fediverse_federate_comments, approved comments go to the followers as replies from the blog. */
class CommentFederationTest {
    static final String POST = TestServer.ORIGIN + "/posts/hello/";

    @TempDir
    Path dir;

    @Test
    void approvedCommentsAreSentAsRepliesToThePostOrToTheFediverseReplyTheyAnswer() throws Exception {
        FediverseConfig on = new FediverseConfig("blog", null, null, null, null, FediverseConfig.ObjectType.ARTICLE, true, 0);
        try (TestServer blog = new TestServer(Servers.with(TestServer.config(dir.resolve("b.db").toString(), TestServer.ORIGIN,
                Moderation.POST), on));
             FakeFediverse remote = new FakeFediverse()) {
            FakeFediverse.Account alice = remote.account("alice", false);
            String inbox = blog.base + "/ap/inbox";
            String follow = "{\"id\":\"%s/f/1\",\"type\":\"Follow\",\"actor\":\"%s\",\"object\":\"%s\"}"
                    .formatted(remote.base(), alice.id(), blog.base + "/ap/actor");
            assertThat(remote.deliver(inbox, alice, follow, blog.clock)).isEqualTo(202);
            Fixtures.publish(blog, Fixtures.feed("2026-11-25T11:00:00Z", POST));
            String note = """
                    {"id":"%1$s/statuses/1/activity","type":"Create","actor":"%1$s","to":["https://www.w3.org/ns/activitystreams#Public"],
                     "object":{"id":"%1$s/statuses/1","type":"Note","attributedTo":"%1$s","inReplyTo":"%2$s",
                       "to":["https://www.w3.org/ns/activitystreams#Public"],"content":"<p>From Alice</p>"}}""".formatted(alice.id(), POST);
            assertThat(remote.deliver(inbox, alice, note, blog.clock)).isEqualTo(202);
            long aliceComment = blog.get("/api/v1/comments?page=/posts/hello/").json().get("comments").get(0).get("id").asLong();
            long top = blog.comment("/posts/hello/", "A comment on the site", null).get("id").asLong();
            long answer = blog.comment("/posts/hello/", "Answering Alice", aliceComment).get("id").asLong();

            assertThat(blog.federation().federateComments()).isEqualTo(2); // not Alice's own reply
            assertThat(blog.federation().federateComments()).isZero();
            blog.federation().deliverDue();
            List<JsonNode> notes = new ArrayList<>();
            for (FakeFediverse.Received received : remote.received) {
                JsonNode activity = ActivityJson.MAPPER.readTree(received.body());
                if (activity.get("type").asText().equals("Create")) {
                    notes.add(activity.get("object"));
                }
            }
            assertThat(notes).extracting(n -> n.get("id").asText())
                    .contains(blog.base + "/ap/comments/" + top, blog.base + "/ap/comments/" + answer);
            JsonNode toPost = notes.stream().filter(n -> n.get("id").asText().endsWith("/" + top)).findFirst().orElseThrow();
            assertThat(toPost.get("inReplyTo").asText()).isEqualTo(POST);
            assertThat(toPost.get("attributedTo").asText()).isEqualTo(blog.base + "/ap/actor");
            assertThat(toPost.get("content").asText()).contains("<strong>Ann</strong>").contains("A comment on the site");
            JsonNode toAlice = notes.stream().filter(n -> n.get("id").asText().endsWith("/" + answer)).findFirst().orElseThrow();
            assertThat(toAlice.get("inReplyTo").asText()).isEqualTo(alice.id() + "/statuses/1");
            assertThat(toAlice.get("cc").toString()).contains(alice.id());

            assertThat(blog.get("/ap/comments/" + top, "Accept", ActivityJson.MEDIA_TYPE).json().get("type").asText()).isEqualTo("Note");
            assertThat(blog.get("/ap/comments/" + aliceComment, "Accept", ActivityJson.MEDIA_TYPE).status()).isEqualTo(404);
        }
    }

    @Test
    void withTheSettingOffNoCommentLeaves() {
        try (TestServer blog = new TestServer(Servers.config(dir.resolve("c.db").toString(), TestServer.ORIGIN, Moderation.POST))) {
            Fixtures.publish(blog, Fixtures.feed("2026-11-25T11:00:00Z", POST));
            blog.comment("/posts/hello/", "Stays here", null);
            assertThat(blog.federation().federateComments()).isZero();
            assertThat(blog.get("/api/v1/admin/fediverse", blog.admin()).json().get("stats").get("queued").asInt()).isZero();
        }
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
