package dev.colophon.comments.internal.activitypub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.FediverseConfig;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox reads RFC 9421 HTTP Message Signatures beside draft-cavage ones, and refuses what they do not prove. */
class MessageSignatureInboxTest {
    static final String POST = TestServer.ORIGIN + "/posts/hello/";
    static final String COVERED = "\"@method\" \"@target-uri\" \"content-digest\"";

    @TempDir
    Path dir;
    TestServer blog;
    FakeFediverse remote;
    FakeFediverse.Account alice;
    String inbox;

    @BeforeEach
    void start() {
        FediverseConfig fediverse = new FediverseConfig("blog", null, null, null, null, FediverseConfig.ObjectType.ARTICLE,
                false, 100);
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

    Map<String, String> rsa(String body) {
        return MessageSigner.sign(inbox, alice.keys().getPrivate(), alice.keyId(), body, blog.clock);
    }

    int reactions() {
        return blog.get("/api/v1/comments?page=/posts/hello/").json().get("reactions").asInt();
    }

    @Test
    void aLikeSignedWithRsaV15Sha256IsAcceptedAndCounted() {
        assertThat(remote.send(inbox, rsa(like(1)), like(1))).isEqualTo(202);
        assertThat(reactions()).isEqualTo(1);
    }

    @Test
    void aFollowSignedTheRfc9421WayIsAnsweredAndStoredAsADraftCavageOneIs() {
        String follow = "{\"id\":\"%s/follows/1\",\"type\":\"Follow\",\"actor\":\"%s\",\"object\":\"%s\"}"
                .formatted(remote.base(), alice.id(), blog.base + "/ap/actor");
        assertThat(remote.send(inbox, rsa(follow), follow)).isEqualTo(202);
        assertThat(blog.get("/api/v1/admin/fediverse/followers", blog.admin()).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void anEd25519SignatureIsCheckedWithTheMultikeyTheActorPublishes() {
        KeyPair ed = remote.ed25519Key(alice);
        String keyId = alice.id() + "#ed25519-key";
        Map<String, String> named = MessageSigner.sign(inbox, ed.getPrivate(), keyId, "ed25519", like(1), blog.clock, COVERED, "");
        assertThat(remote.send(inbox, named, like(1))).isEqualTo(202);
        Map<String, String> byKey = MessageSigner.sign(inbox, ed.getPrivate(), keyId, null, like(2), blog.clock, COVERED, "");
        assertThat(remote.send(inbox, byKey, like(2))).isEqualTo(202);
        Map<String, String> forged = MessageSigner.sign(inbox, FakeFediverse.newEd25519Keys().getPrivate(), keyId, "ed25519",
                like(3), blog.clock, COVERED, "");
        assertThat(remote.send(inbox, forged, like(3))).isEqualTo(401);
        assertThat(reactions()).isEqualTo(1); // one account's likes of one post are one reaction
    }

    @Test
    void theAuthorityAndPathMayStandForTheTargetUri() {
        Map<String, String> headers = MessageSigner.sign(inbox, alice.keys().getPrivate(), alice.keyId(), null, like(1), blog.clock,
                "\"@method\" \"@authority\" \"@path\" \"content-digest\"", "");
        assertThat(remote.send(inbox, headers, like(1))).isEqualTo(202);
    }

    @Test
    void aSignatureByAnotherKeyIsRefusedWith401() {
        Map<String, String> forged = MessageSigner.sign(inbox, FakeFediverse.newKeys().getPrivate(), alice.keyId(), like(1), blog.clock);
        assertThat(remote.send(inbox, forged, like(1))).isEqualTo(401);
        assertThat(reactions()).isZero();
    }

    @Test
    void aReplayedRequestIsRefusedWith401() {
        Map<String, String> headers = rsa(like(1));
        assertThat(remote.send(inbox, headers, like(1))).isEqualTo(202);
        assertThat(remote.send(inbox, headers, like(1))).isEqualTo(401);
    }

    @Test
    void aBodyThatDoesNotMatchItsContentDigestIsRefusedWith401() {
        assertThat(remote.send(inbox, rsa(like(1)), like(2))).isEqualTo(401);
        Map<String, String> otherDigest = new HashMap<>(rsa(like(3)));
        otherDigest.put("Content-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(MessageSigner.sha256(like(4))) + ":");
        assertThat(remote.send(inbox, otherDigest, like(4))).isEqualTo(401); // the digest matches, the signature no longer does
        assertThat(reactions()).isZero();
    }

    @Test
    void aSignatureThatLeavesOutTheDigestMethodOrTargetIsRefusedWith401() {
        for (String covered : new String[] {"\"@method\" \"@target-uri\"", "\"@target-uri\" \"content-digest\"",
                "\"@method\" \"@path\" \"content-digest\""}) {
            Map<String, String> headers = MessageSigner.sign(inbox, alice.keys().getPrivate(), alice.keyId(), null, like(1),
                    blog.clock, covered, "");
            assertThat(remote.send(inbox, headers, like(1))).as(covered).isEqualTo(401);
        }
    }

    @Test
    void aSignatureCreatedOutsideTheAcceptedSkewOrExpiredIsRefusedWith401() {
        Clock old = Clock.offset(blog.clock, Duration.ofMinutes(-31));
        assertThat(remote.send(inbox, MessageSigner.sign(inbox, alice.keys().getPrivate(), alice.keyId(), like(1), old), like(1)))
                .isEqualTo(401);
        long past = blog.clock.instant().getEpochSecond() - 60;
        Map<String, String> expired = MessageSigner.sign(inbox, alice.keys().getPrivate(), alice.keyId(), null, like(2), blog.clock,
                COVERED, ";expires=" + past);
        assertThat(remote.send(inbox, expired, like(2))).isEqualTo(401);
        Clock slightlyOff = Clock.offset(blog.clock, Duration.ofMinutes(-5));
        assertThat(remote.send(inbox, MessageSigner.sign(inbox, alice.keys().getPrivate(), alice.keyId(), like(3), slightlyOff),
                like(3))).isEqualTo(202);
    }

    @Test
    void anAlgorithmThatIsNotTheKeysOrNeedsASharedSecretIsRefusedWith401() {
        for (String alg : new String[] {"ed25519", "hmac-sha256", "rsa-sha1"}) {
            Map<String, String> headers = MessageSigner.sign(inbox, alice.keys().getPrivate(), alice.keyId(), alg, like(1),
                    blog.clock, COVERED, "");
            assertThat(remote.send(inbox, headers, like(1))).as(alg).isEqualTo(401);
        }
    }

    @Test
    void aMalformedSignatureInputIsRefusedWith401() {
        Map<String, String> headers = new HashMap<>(rsa(like(1)));
        headers.put("Signature-Input", "sig1=(\"@method\" unterminated");
        assertThat(remote.send(inbox, headers, like(1))).isEqualTo(401);
        headers = new HashMap<>(rsa(like(2)));
        headers.remove("Signature");
        assertThat(remote.send(inbox, headers, like(2))).isEqualTo(401);
    }

    @Test
    void aBlockedServerIsRefusedWith403WhicheverWayItSigns() {
        blog.post("/api/v1/admin/fediverse/blocks", Map.of("kind", "domain", "value", "127.0.0.1"), blog.admin());
        assertThat(remote.send(inbox, rsa(like(1)), like(1))).isEqualTo(403);
    }
}
