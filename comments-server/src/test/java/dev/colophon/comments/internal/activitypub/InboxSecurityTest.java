package dev.colophon.comments.internal.activitypub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.FediverseConfig;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the inbox refuses: bad or missing signatures, replays, stale dates, floods, blocked servers, big bodies. */
class InboxSecurityTest {
    static final String POST = TestServer.ORIGIN + "/posts/hello/";

    @TempDir
    Path dir;
    TestServer blog;
    FakeFediverse remote;
    FakeFediverse.Account alice;
    String inbox;

    @BeforeEach
    void start() {
        FediverseConfig fediverse = new FediverseConfig("blog", null, null, null, null, FediverseConfig.ObjectType.ARTICLE,
                false, 20);
        blog = new TestServer(Servers.with(TestServer.config(dir.resolve("blog.db").toString(), TestServer.ORIGIN,
                Moderation.PRE), fediverse));
        remote = new FakeFediverse();
        alice = remote.account("alice", false);
        inbox = blog.base + "/ap/inbox";
        Fixtures.publish(blog, Fixtures.feed("2026-11-25T10:00:00Z", POST));
    }

    @AfterEach
    void stop() {
        blog.close();
        remote.close();
    }

    String like(int n) {
        return "{\"id\":\"%s#likes/%d\",\"type\":\"Like\",\"actor\":\"%s\",\"object\":\"%s\"}".formatted(alice.id(), n, alice.id(), POST);
    }

    Map<String, String> signed(String body, Clock clock) {
        return FakeFediverse.signed(inbox, alice.keys().getPrivate(), alice.keyId(), body, clock, false);
    }

    @Test
    void anUnsignedRequestIsRefusedWith401() {
        assertThat(remote.send(inbox, Map.of(), like(1))).isEqualTo(401);
    }

    @Test
    void aSignatureByAnotherKeyIsRefusedWith401() {
        Map<String, String> forged = FakeFediverse.signed(inbox, FakeFediverse.newKeys().getPrivate(), alice.keyId(), like(1),
                blog.clock, false);
        assertThat(remote.send(inbox, forged, like(1))).isEqualTo(401);
        assertThat(blog.get("/api/v1/comments?page=/posts/hello/").json().get("reactions").asInt()).isZero();
    }

    @Test
    void aReplayedRequestIsRefusedWith401() {
        Map<String, String> headers = signed(like(1), blog.clock);
        assertThat(remote.send(inbox, headers, like(1))).isEqualTo(202);
        assertThat(remote.send(inbox, headers, like(1))).isEqualTo(401);
    }

    @Test
    void aDateOutsideTheAcceptedSkewIsRefusedWith401() {
        Clock old = Clock.offset(blog.clock, Duration.ofMinutes(-31));
        assertThat(remote.send(inbox, signed(like(1), old), like(1))).isEqualTo(401);
        Clock slightlyOff = Clock.offset(blog.clock, Duration.ofMinutes(-5));
        assertThat(remote.send(inbox, signed(like(2), slightlyOff), like(2))).isEqualTo(202);
    }

    @Test
    void aBodyThatDoesNotMatchItsDigestIsRefusedWith401() {
        Map<String, String> headers = signed(like(1), blog.clock);
        assertThat(remote.send(inbox, headers, like(2))).isEqualTo(401);
    }

    @Test
    void aSignatureThatDoesNotCoverTheDigestIsRefusedWith401() {
        Map<String, String> headers = new HashMap<>(signed(like(1), blog.clock));
        headers.put("Signature", headers.get("Signature").replace("(request-target) host date digest", "(request-target) host date"));
        assertThat(remote.send(inbox, headers, like(1))).isEqualTo(401);
    }

    @Test
    void anActivityWhoseActorIsNotTheSignerIsRefusedWith401() {
        String body = like(1).replaceFirst("\"actor\":\"[^\"]+\"", "\"actor\":\"" + remote.base() + "/users/mallory\"");
        assertThat(remote.send(inbox, signed(body, blog.clock), body)).isEqualTo(401);
    }

    @Test
    void theSignersKeyIsFetchedOnceAndThenReadFromTheCache() {
        for (int i = 1; i <= 3; i++) {
            assertThat(remote.send(inbox, signed(like(i), blog.clock), like(i))).isEqualTo(202);
        }
        assertThat(remote.fetched).containsExactly("/users/alice");
    }

    @Test
    void aKeyOnAnAddressTheFetchGuardRefusesIsNeverFetched() {
        FediverseConfig fediverse = new FediverseConfig("blog", null, null, null, null, FediverseConfig.ObjectType.ARTICLE, false, 20);
        // no fetch_allow_hosts: the remote's loopback address is what an SSRF would aim at
        try (TestServer guarded = new TestServer(TestServer.config(dir.resolve("guarded.db").toString(), TestServer.ORIGIN,
                Moderation.PRE).toBuilder().fediverse(fediverse).build())) {
            String guardedInbox = guarded.base + "/ap/inbox";
            int status = remote.send(guardedInbox, FakeFediverse.signed(guardedInbox, alice.keys().getPrivate(), alice.keyId(), like(1),
                    guarded.clock, false), like(1));
            assertThat(status).isEqualTo(502); // the key cannot be had: the sender may try again later
            assertThat(remote.fetched).isEmpty();
        }
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413() {
        String big = "{\"type\":\"Note\",\"content\":\"" + "x".repeat((1 << 20) + 10) + "\"}";
        assertThat(remote.send(inbox, signed(big, blog.clock), big)).isEqualTo(413);
    }

    @Test
    void aBlockedServerOrAccountIsRefusedWith403AndItsFollowerRowRemoved() {
        String follow = "{\"id\":\"%s/follows/1\",\"type\":\"Follow\",\"actor\":\"%s\",\"object\":\"%s\"}"
                .formatted(remote.base(), alice.id(), blog.base + "/ap/actor");
        assertThat(remote.send(inbox, signed(follow, blog.clock), follow)).isEqualTo(202);
        assertThat(blog.post("/api/v1/admin/fediverse/blocks", Map.of("kind", "domain", "value", "127.0.0.1"), blog.admin())
                .status()).isEqualTo(201);
        assertThat(blog.get("/api/v1/admin/fediverse/followers", blog.admin()).json().get("total").asInt()).isZero();
        assertThat(remote.send(inbox, signed(like(1), blog.clock), like(1))).isEqualTo(403);

        assertThat(blog.delete("/api/v1/admin/fediverse/blocks?kind=domain&value=127.0.0.1", blog.admin()).status()).isEqualTo(204);
        blog.post("/api/v1/admin/fediverse/blocks", Map.of("kind", "actor", "value", alice.id()), blog.admin());
        assertThat(remote.send(inbox, signed(like(2), blog.clock), like(2))).isEqualTo(403);
    }

    @Test
    void aFloodFromOneServerIsRateLimitedWith429() {
        FediverseConfig strict = new FediverseConfig("blog", null, null, null, null, FediverseConfig.ObjectType.ARTICLE, false, 3);
        try (TestServer small = new TestServer(Servers.with(TestServer.config(dir.resolve("small.db").toString(),
                TestServer.ORIGIN, Moderation.PRE), strict))) {
            String smallInbox = small.base + "/ap/inbox";
            int limited = 0;
            for (int i = 0; i < 10; i++) {
                Map<String, String> headers = FakeFediverse.signed(smallInbox, alice.keys().getPrivate(), alice.keyId(), like(i),
                        small.clock, false);
                if (remote.send(smallInbox, headers, like(i)) == 429) {
                    limited++;
                }
            }
            assertThat(limited).isGreaterThanOrEqualTo(5); // 3 a minute: all but the first few, however slow the machine
        }
    }

    @Test
    void webFingerAnswersForTheSitesHostAndTheServersAndNothingElse() {
        assertThat(blog.get("/.well-known/webfinger?resource=acct:blog@blog.example").status()).isEqualTo(200);
        TestServer.Response own = blog.get("/.well-known/webfinger?resource=acct:blog@" + blog.base.substring(7));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("Content-Type")).startsWith("application/jrd+json");
        assertThat(own.json().get("links").get(0).get("type").asText()).isEqualTo("application/activity+json");
        assertThat(blog.get("/.well-known/webfinger?resource=acct:someone@blog.example").status()).isEqualTo(404);
        assertThat(blog.get("/.well-known/webfinger?resource=acct:blog@elsewhere.example").status()).isEqualTo(404);
        assertThat(blog.get("/.well-known/webfinger").status()).isEqualTo(400);
    }

    @Test
    void theActorIsActivityJsonToServersAndTheSiteToBrowsers() {
        TestServer.Response actor = blog.get("/ap/actor", "Accept", "application/activity+json");
        assertThat(actor.header("Content-Type")).startsWith("application/activity+json");
        assertThat(actor.json().get("preferredUsername").asText()).isEqualTo("blog");
        assertThat(actor.json().get("publicKey").get("publicKeyPem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(actor.json().get("endpoints").get("sharedInbox").asText()).isEqualTo(inbox);
        TestServer.Response browser = blog.get("/ap/actor", "Accept", "text/html,application/xhtml+xml");
        assertThat(browser.status()).isEqualTo(302);
        assertThat(browser.header("Location")).isEqualTo(TestServer.ORIGIN + "/");
    }

    @Test
    void theOutboxListsEachPostAsACreateOfAnArticleWithItsCanonicalUrl() {
        TestServer.Response outbox = blog.get("/ap/outbox?page=1", "Accept", "application/activity+json");
        var item = outbox.json().get("orderedItems").get(0);
        assertThat(item.get("type").asText()).isEqualTo("Create");
        var article = item.get("object");
        assertThat(article.get("type").asText()).isEqualTo("Article");
        assertThat(article.get("id").asText()).isEqualTo(POST);
        assertThat(article.get("url").asText()).isEqualTo(POST);
        assertThat(article.get("tag").get(0).get("name").asText()).isEqualTo("#java");
        assertThat(article.get("attachment").get(0).get("name").asText()).isEqualTo("A harbour at dawn");
        assertThat(blog.get("/ap/object?url=" + POST, "Accept", "application/activity+json").json().get("name").asText())
                .isEqualTo("Post /posts/hello/");
    }
}
