package dev.colophon.comments.internal.webmention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.internal.fetch.LoopbackSite;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two instances on one PostgreSQL database verify a webmention once: the row is leased, not shared. */
class WebmentionInstancesTest {
    @TempDir
    Path tmp;

    @Test
    void twoInstancesVerifyingAtOnceMakeOneCommentFromOneFetch() throws Exception {
        try (LoopbackSite web = new LoopbackSite()) {
            web.page("/reply", 200, "text/html", WebmentionReceiverTest.reply(WebmentionReceiverTest.POST, "Once only"));
            String database = Backend.POSTGRES.newDatabase(tmp, "mentions");
            List<String> allow = List.of("127.0.0.1:" + web.port());
            try (TestServer a = WebmentionReceiverTest.open(database, allow);
                 TestServer b = WebmentionReceiverTest.open(database, allow)) {
                String form = "source=" + web.url("/reply") + "&target=" + WebmentionReceiverTest.POST;
                assertThat(a.send(a.request("/webmention").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build()).status()).isEqualTo(202);
                ExecutorService both = Executors.newFixedThreadPool(2);
                Future<Integer> first = both.submit(a.server::verifyWebmentions);
                Future<Integer> second = both.submit(b.server::verifyWebmentions);
                first.get();
                second.get();
                both.shutdown();
                assertThat(b.get("/api/v1/admin/comments?status=all", b.admin()).json().get("comments")).hasSize(1);
                assertThat(web.requests.get()).as("fetches of the source (and none of a photo it lacks)").isEqualTo(1);
            }
        }
    }
}
