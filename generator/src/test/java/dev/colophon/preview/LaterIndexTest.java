package dev.colophon.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.search.SearchIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a site too big to plan before serving an edit, the preview serves the edited page first; its
 * neighbours, lists and search index follow.
 */
class LaterIndexTest {
    @TempDir
    Path site;

    @Test
    void aBigSitesEditedPostIsServedFirstAndThenShownByItsNeighboursAndFoundBySearch() throws Exception {
        Files.writeString(site.resolve("site.yml"), "title: Big\nbase_url: https://big.example/\n");
        Files.createDirectories(site.resolve("posts"));
        for (int i = 0; i <= SearchIndex.LATER_PAGES; i++) {
            Files.writeString(site.resolve("posts/p%04d.md".formatted(i)),
                    "---\ntitle: Post %d\ndate: 2026-01-01\n---\nWords of post number %d.\n".formatted(i, i));
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PreviewServer server = PreviewServer.start(site, 0, Clock.systemUTC(), new PrintStream(log, true, StandardCharsets.UTF_8))) {
            Path post = site.resolve("posts/p0007.md");
            Files.writeString(post, Files.readString(post).replace("title: Post 7", "title: Renamed seven") + "\nA zanzibarquux sentence.\n");
            await(() -> get(server, "/posts/p0007/").contains("zanzibarquux"));
            assertThat(get(server, "/posts/p0007/")).contains("<title>Renamed seven");
            await(() -> log.toString().contains("Served 1 edited page in "));
            await(() -> get(server, "/posts/p0006/").contains("Renamed seven") && get(server, "/posts/p0008/").contains("Renamed seven"));
            await(() -> {
                String terms = get(server, "/search/index.js").replaceAll("(?s).*\"terms\":\\[([^\\]]*)\\].*", "$1");
                String shard = Arrays.stream(terms.split(",")).map(t -> t.replace("\"", ""))
                        .filter(t -> t.compareTo("zanzibarquux") <= 0).max(Comparator.naturalOrder()).orElseThrow();
                return get(server, "/search/t/" + (shard.isEmpty() ? "_" : shard) + ".js").contains("\"zanzibarquux\":");
            });
            // the index is served the moment it is applied, and reported just after: wait for the report too
            await(() -> log.toString().contains("Search index: "));

            // a broken edit is not served first: the plan reports it and the last good page stays
            Files.writeString(post, "---\ntitle: [unclosed\n---\nBroken.\n");
            await(() -> log.toString().contains("Build failed; still serving the last good version."));
            assertThat(get(server, "/posts/p0007/")).contains("zanzibarquux").doesNotContain("Broken.");
            assertThat(log.toString()).containsOnlyOnce("Served 1 edited page in ");
        }
    }

    private static String get(PreviewServer server, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (RuntimeException retry) {
                // not served yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("condition not met within 30 s");
    }
}
