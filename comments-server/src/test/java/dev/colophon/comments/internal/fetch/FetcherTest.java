package dev.colophon.comments.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher end to end against servers on 127.0.0.1: what it lets through, what it cuts off. */
class FetcherTest {
    private final LoopbackSite site = new LoopbackSite();
    private final LoopbackSite other = new LoopbackSite();

    @AfterEach
    void close() {
        site.close();
        other.close();
    }

    private Fetcher fetcher(List<String> allow, Fetcher.Limits limits) {
        return new Fetcher(new FetchGuard(new AddressPolicy(allow), HostResolver.system()), limits, "Colophon-test");
    }

    private Fetcher allowing(String... hosts) {
        return fetcher(List.of(hosts), Fetcher.Limits.defaults());
    }

    private static FetchException.Reason reason(Throwable e) {
        return ((FetchException) e).reason();
    }

    @Test
    void refusesALoopbackSourceThatIsNotOnTheAllowListWithoutConnecting() {
        site.page("/post", 200, "text/html", "<p>hello</p>");
        try (Fetcher fetcher = allowing()) {
            assertThatThrownBy(() -> fetcher.get(URI.create(site.url("/post")), "text/html"))
                    .satisfies(e -> assertThat(reason(e)).isEqualTo(FetchException.Reason.REFUSED));
        }
        assertThat(site.requests).hasValue(0);
    }

    @Test
    void fetchesAListedLoopbackHostAndFollowsARelativeRedirect() throws FetchException {
        site.redirect("/old", "/new").page("/new", 200, "text/html; charset=utf-8", "<p>moved</p>");
        try (Fetcher fetcher = allowing("127.0.0.1:" + site.port())) {
            Fetched fetched = fetcher.get(URI.create(site.url("/old")), "text/html");
            assertThat(fetched.status()).isEqualTo(200);
            assertThat(fetched.url()).hasToString(site.url("/new"));
            assertThat(fetched.text()).isEqualTo("<p>moved</p>");
            assertThat(fetched.truncated()).isFalse();
        }
    }

    @Test
    void refusesARedirectFromAnAllowedToARefusedLoopbackPort() {
        other.page("/secret", 200, "text/plain", "internal");
        site.redirect("/hop", other.url("/secret"));
        try (Fetcher fetcher = allowing("127.0.0.1:" + site.port())) {
            assertThatThrownBy(() -> fetcher.get(URI.create(site.url("/hop")), "text/html"))
                    .satisfies(e -> assertThat(reason(e)).isEqualTo(FetchException.Reason.REFUSED))
                    .hasMessageContaining(":" + other.port());
        }
        assertThat(site.requests).hasValue(1);
        assertThat(other.requests).hasValue(0);
    }

    @Test
    void cutsATenMegabyteSourceOffAtOneMegabyte() throws FetchException {
        site.handle("/big", exchange -> {
            exchange.sendResponseHeaders(200, 10L << 20);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 160; i++) {
                    out.write(chunk);
                }
            }
        });
        try (Fetcher fetcher = allowing("127.0.0.1")) {
            Fetched fetched = fetcher.get(URI.create(site.url("/big")), "text/html");
            assertThat(fetched.truncated()).isTrue();
            assertThat(fetched.body()).hasSize(1 << 20);
        }
    }

    @Test
    void cutsAnEndlessSourceOffAtTheLimitWithoutWaitingForItsEnd() throws FetchException {
        site.handle("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked, no length
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = "<p>more</p>".repeat(1000).getBytes();
                while (true) {
                    out.write(chunk);
                }
            }
        });
        try (Fetcher fetcher = allowing("127.0.0.1")) {
            long start = System.nanoTime();
            Fetched fetched = fetcher.get(URI.create(site.url("/endless")), "text/html");
            assertThat(fetched.truncated()).isTrue();
            assertThat(fetched.body()).hasSize(1 << 20);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void givesUpOnASourceSlowerThanTheTimeLimit() {
        site.handle("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackSite.send(exchange, 200, "text/html", "late");
        });
        try (Fetcher fetcher = fetcher(List.of("127.0.0.1"), new Fetcher.Limits(Duration.ofMillis(300), 1 << 20, 20))) {
            assertThatThrownBy(() -> fetcher.get(URI.create(site.url("/slow")), "text/html"))
                    .satisfies(e -> assertThat(reason(e)).isEqualTo(FetchException.Reason.TIMEOUT));
        }
    }

    @Test
    void stopsAfterTwentyRedirects() {
        site.handle("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(301, -1);
        });
        try (Fetcher fetcher = allowing("127.0.0.1")) {
            assertThatThrownBy(() -> fetcher.get(URI.create(site.url("/loop")), "text/html"))
                    .satisfies(e -> assertThat(reason(e)).isEqualTo(FetchException.Reason.TOO_MANY_REDIRECTS));
        }
        assertThat(site.requests).hasValue(21);
    }

    @Test
    void refusesARedirectToASchemeOtherThanHttp() {
        site.redirect("/file", "file:///etc/passwd");
        try (Fetcher fetcher = allowing("127.0.0.1")) {
            assertThatThrownBy(() -> fetcher.get(URI.create(site.url("/file")), "text/html"))
                    .satisfies(e -> assertThat(reason(e)).isEqualTo(FetchException.Reason.NOT_HTTP));
        }
    }
}
