package dev.colophon.comments.internal.activitypub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.internal.activitypub.protocol.ActivityJson;
import dev.colophon.comments.internal.activitypub.protocol.ActorKeys;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two Colophon servers on loopback, each the comment server of its own site, federating with each other. */
class FederationTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoSitesFollowPublishReplyLikeAndBoostEachOther(Backend backend) throws Exception {
        try (TestServer a = new TestServer(Servers.config(backend.newDatabase(dir, "a"), "https://a.example", Moderation.PRE));
             TestServer b = new TestServer(Servers.config(backend.newDatabase(dir, "b"), "https://b.example", Moderation.PRE))) {
            String actorA = a.base + "/ap/actor";
            String actorB = b.base + "/ap/actor";

            // B finds A by WebFinger and follows it; A stores B and answers with an Accept
            JsonNode finger = a.get("/.well-known/webfinger?resource=acct:blog@a.example").json();
            assertThat(finger.get("subject").asText()).isEqualTo("acct:blog@a.example");
            assertThat(finger.get("links").get(0).get("href").asText()).isEqualTo(actorA);
            assertThat(b.post("/api/v1/admin/fediverse/following", Map.of("actor", actorA), b.admin()).status()).isEqualTo(202);
            assertThat(b.federation().deliverDue()).isEqualTo(1);
            assertThat(a.get("/api/v1/admin/fediverse/followers", a.admin()).json().get("followers").get(0).get("actor").asText())
                    .isEqualTo(actorB);
            assertThat(a.federation().deliverDue()).isEqualTo(1);
            assertThat(b.get("/api/v1/admin/fediverse", b.admin()).json().get("stats").get("following").asInt()).isEqualTo(1);

            // A publishes a post: B's inbox receives the signed Create of an Article whose id is the canonical URL
            String post = "https://a.example/posts/hello/";
            JsonNode published = Fixtures.publish(a, Fixtures.feed("2026-11-25T11:00:00Z", post));
            assertThat(published.get("created").asInt()).isEqualTo(1);
            assertThat(published.get("deliveries").asInt()).isEqualTo(1);
            assertThat(a.federation().deliverDue()).isEqualTo(1);
            assertThat(received(b, "Create", actorA)).isEqualTo(1);
            assertThat(Fixtures.publish(a, Fixtures.feed("2026-11-25T11:00:00Z", post)).get("deliveries").asInt()).isZero();

            // a reply sent from B's actor, signed with B's key, appears in A's thread once approved
            FakeFediverse sender = new FakeFediverse();
            String note = """
                    {"@context":"https://www.w3.org/ns/activitystreams","id":"%1$s/notes/1/create","type":"Create","actor":"%1$s",
                     "to":["https://www.w3.org/ns/activitystreams#Public"],
                     "object":{"id":"%1$s/notes/1","type":"Note","attributedTo":"%1$s","inReplyTo":"%2$s",
                       "to":["https://www.w3.org/ns/activitystreams#Public"],"content":"<p>Greetings from B</p>"}}"""
                    .formatted(actorB, post);
            assertThat(sender.send(a.base + "/ap/inbox", signedBy(b, a.base + "/ap/inbox", note), note)).isEqualTo(202);
            assertThat(a.get("/api/v1/comments?page=/posts/hello/").json().get("comments")).isEmpty();
            long id = a.get("/api/v1/admin/comments?status=pending", a.admin()).json().get("comments").get(0).get("id").asLong();
            a.post("/api/v1/admin/comments/" + id + "/approve", "", a.admin());
            JsonNode comment = a.get("/api/v1/comments?page=/posts/hello/").json().get("comments").get(0);
            assertThat(comment.get("html").asText()).contains("Greetings from B");
            assertThat(comment.get("handle").asText()).isEqualTo("@blog@127.0.0.1:" + b.server.port());

            // a like and a boost from B change A's counts
            String like = "{\"id\":\"%s/likes/1\",\"type\":\"Like\",\"actor\":\"%s\",\"object\":\"%s\"}".formatted(actorB, actorB, post);
            String boost = "{\"id\":\"%s/boosts/1\",\"type\":\"Announce\",\"actor\":\"%s\",\"object\":\"%s\"}".formatted(actorB, actorB, post);
            assertThat(sender.send(a.base + "/ap/inbox", signedBy(b, a.base + "/ap/inbox", like), like)).isEqualTo(202);
            assertThat(sender.send(a.base + "/ap/inbox", signedBy(b, a.base + "/ap/inbox", boost), boost)).isEqualTo(202);
            JsonNode thread = a.get("/api/v1/comments?page=/posts/hello/").json();
            assertThat(thread.get("reactions").asInt()).isEqualTo(1);
            assertThat(thread.get("shares").asInt()).isEqualTo(1);
            JsonNode stats = a.get("/api/v1/admin/fediverse", a.admin()).json().get("stats");
            assertThat(stats.get("likes").asInt()).isEqualTo(1);
            assertThat(stats.get("boosts").asInt()).isEqualTo(1);

            // unsigned, wrongly signed and replayed requests are refused
            assertThat(sender.send(a.base + "/ap/inbox", Map.of(), like)).isEqualTo(401);
            Map<String, String> forged = FakeFediverse.signed(a.base + "/ap/inbox", FakeFediverse.newKeys().getPrivate(),
                    actorB + "#main-key", like, b.clock, false);
            assertThat(sender.send(a.base + "/ap/inbox", forged, like)).isEqualTo(401);
            Map<String, String> once = signedBy(b, a.base + "/ap/inbox", boost.replace("boosts/1", "boosts/2"));
            assertThat(sender.send(a.base + "/ap/inbox", once, boost.replace("boosts/1", "boosts/2"))).isEqualTo(202);
            assertThat(sender.send(a.base + "/ap/inbox", once, boost.replace("boosts/1", "boosts/2"))).isEqualTo(401);
            sender.close();
        }
    }

    private static Map<String, String> signedBy(TestServer site, String inbox, String body) {
        String keyId = site.base + "/ap/actor#main-key";
        return FakeFediverse.signed(inbox, ActorKeys.load(site.database()).privateKey(), keyId, body, site.clock, false);
    }

    private static int received(TestServer site, String type, String actor) {
        return site.database().jdbi().withHandle((Handle h) -> h.createQuery(
                "SELECT COUNT(*) FROM ap_inbox WHERE type = :type AND actor = :actor")
                .bind("type", type).bind("actor", actor).mapTo(Integer.class).one());
    }

    static JsonNode json(String text) throws Exception {
        return ActivityJson.MAPPER.readTree(text);
    }
}
