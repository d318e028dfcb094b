package dev.colophon.comments.internal.activitypub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.internal.activitypub.protocol.Housekeeping;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The federation tables are pruned: old signatures, received ids and delivered activities go, the queue stays. */
class HousekeepingTest {
    @TempDir
    Path dir;

    private static int count(TestServer blog, String table) {
        return blog.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void oldRowsArePrunedAndUndeliveredActivitiesKept() {
        try (TestServer blog = new TestServer(Servers.config(dir.resolve("b.db").toString(), TestServer.ORIGIN, Moderation.PRE));
             FakeFediverse remote = new FakeFediverse()) {
            FakeFediverse.Account alice = remote.account("alice", false);
            FakeFediverse.Account bob = remote.account("bob", false);
            for (FakeFediverse.Account account : new FakeFediverse.Account[] {alice, bob}) {
                String follow = "{\"id\":\"%s/f/1\",\"type\":\"Follow\",\"actor\":\"%s\",\"object\":\"%s\"}"
                        .formatted(account.id(), account.id(), blog.base + "/ap/actor");
                assertThat(remote.deliver(blog.base + "/ap/inbox", account, follow, blog.clock)).isEqualTo(202);
            }
            remote.inboxStatus = 202;
            blog.federation().deliverDue(); // both Accepts delivered
            assertThat(count(blog, "ap_signatures")).isEqualTo(2);
            assertThat(count(blog, "ap_inbox")).isEqualTo(2);
            assertThat(count(blog, "ap_activities")).isEqualTo(2);

            blog.clock.advance(Duration.ofDays(31));
            new Housekeeping(blog.database(), blog.clock).run();
            assertThat(count(blog, "ap_signatures")).isZero();
            assertThat(count(blog, "ap_inbox")).isZero();
            assertThat(count(blog, "ap_activities")).isZero();
            assertThat(blog.get("/api/v1/admin/fediverse/followers", blog.admin()).json().get("total").asInt()).isEqualTo(2);
        }
    }
}
