package dev.colophon.comments.internal.activitypub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The delivery queue: retried with growing pauses, kept across a restart, sent once by instances sharing a database. */
class DeliveryQueueTest {
    static final String POST = TestServer.ORIGIN + "/posts/new/";

    @TempDir
    Path dir;

    private static void follow(TestServer blog, FakeFediverse remote, String name) {
        FakeFediverse.Account account = remote.account(name, false);
        String follow = "{\"id\":\"%s/follows/%s\",\"type\":\"Follow\",\"actor\":\"%s\",\"object\":\"%s\"}"
                .formatted(remote.base(), name, account.id(), blog.base + "/ap/actor");
        assertThat(remote.deliver(blog.base + "/ap/inbox", account, follow, blog.clock)).isEqualTo(202);
    }

    private static long queued(TestServer blog) {
        return blog.federation().stats().queued();
    }

    @Test
    void aFailedDeliveryIsRetriedWithGrowingPausesUntilTheInboxTakesIt() {
        try (TestServer blog = new TestServer(Servers.config(dir.resolve("blog.db").toString(), TestServer.ORIGIN, Moderation.PRE));
             FakeFediverse remote = new FakeFediverse()) {
            follow(blog, remote, "alice");
            blog.federation().deliverDue(); // the Accept
            remote.received.clear();
            remote.inboxStatus = 503;
            Fixtures.publish(blog, Fixtures.feed("2026-11-25T11:30:00Z", POST));

            assertThat(blog.federation().deliverDue()).isZero();
            assertThat(remote.received).hasSize(1);
            assertThat(blog.federation().deliverDue()).isZero();
            assertThat(remote.received).hasSize(1); // not due again before its pause ends

            blog.clock.advance(Duration.ofSeconds(61));
            assertThat(blog.federation().deliverDue()).isZero();
            assertThat(remote.received).hasSize(2);
            blog.clock.advance(Duration.ofSeconds(61));
            assertThat(blog.federation().deliverDue()).isZero();
            assertThat(remote.received).hasSize(2); // the second pause is two minutes

            remote.inboxStatus = 202;
            blog.clock.advance(Duration.ofSeconds(61));
            assertThat(blog.federation().deliverDue()).isEqualTo(1);
            assertThat(remote.received).hasSize(3);
            assertThat(remote.received.get(2).path()).isEqualTo("/inbox"); // the shared inbox
            assertThat(queued(blog)).isZero();
        }
    }

    @Test
    void anInboxThatRefusesWith4xxIsNotRetried() {
        try (TestServer blog = new TestServer(Servers.config(dir.resolve("blog.db").toString(), TestServer.ORIGIN, Moderation.PRE));
             FakeFediverse remote = new FakeFediverse()) {
            follow(blog, remote, "alice");
            remote.inboxStatus = 403;
            assertThat(blog.federation().deliverDue()).isZero();
            assertThat(queued(blog)).isZero();
        }
    }

    @Test
    void queuedDeliveriesSurviveARestart() {
        String db = dir.resolve("blog.db").toString();
        try (FakeFediverse remote = new FakeFediverse()) {
            try (TestServer blog = new TestServer(Servers.config(db, TestServer.ORIGIN, Moderation.PRE))) {
                follow(blog, remote, "alice");
                follow(blog, remote, "bob");
                Fixtures.publish(blog, Fixtures.feed("2026-11-25T11:30:00Z", POST));
                assertThat(queued(blog)).isEqualTo(3); // two Accepts, one Create for the shared inbox
            }
            try (TestServer again = new TestServer(Servers.config(db, TestServer.ORIGIN, Moderation.PRE))) {
                assertThat(again.federation().deliverDue()).isEqualTo(3);
                assertThat(remote.received).extracting(FakeFediverse.Received::path)
                        .containsExactlyInAnyOrder("/users/alice/inbox", "/users/bob/inbox", "/inbox");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoInstancesOnOneDatabaseSendEachDeliveryOnce(Backend backend) {
        String db = backend.newDatabase(dir, "shared");
        try (FakeFediverse remote = new FakeFediverse();
             TestServer one = new TestServer(Servers.config(db, TestServer.ORIGIN, Moderation.PRE));
             TestServer two = new TestServer(Servers.config(db, TestServer.ORIGIN, Moderation.PRE))) {
            for (int i = 0; i < 20; i++) {
                follow(one, remote, "reader" + i);
            }
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> one.federation().deliverDue());
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> two.federation().deliverDue());
            assertThat(first.join() + second.join()).isEqualTo(20);
            assertThat(remote.received).hasSize(20);
            assertThat(remote.received).extracting(FakeFediverse.Received::path).doesNotHaveDuplicates();
        }
    }

    @Test
    void theWorkerDeliversByItselfRightAfterTheCommitThatQueuedIt() throws Exception {
        try (FakeFediverse remote = new FakeFediverse();
             dev.colophon.comments.CommentServer server = dev.colophon.comments.CommentServer.start(
                     Servers.config(dir.resolve("live.db").toString(), TestServer.ORIGIN, Moderation.PRE))) {
            String base = "http://127.0.0.1:" + server.port();
            FakeFediverse.Account alice = remote.account("alice", false);
            String follow = "{\"id\":\"%s/follows/1\",\"type\":\"Follow\",\"actor\":\"%s\",\"object\":\"%s\"}"
                    .formatted(remote.base(), alice.id(), base + "/ap/actor");
            assertThat(remote.deliver(base + "/ap/inbox", alice, follow, java.time.Clock.systemUTC())).isEqualTo(202);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (remote.received.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(remote.received).hasSize(1); // the Accept, long before the half-minute poll
            assertThat(remote.received.get(0).body()).contains("\"type\":\"Accept\"");
        }
    }
}
