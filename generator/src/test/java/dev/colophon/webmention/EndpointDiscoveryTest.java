package dev.colophon.webmention;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Endpoint discovery as the webmention.rocks discovery tests check it, with our own pages on a loopback
 * server: Link headers first, then the first link or a element with rel webmention, relative URLs resolved.
 */
class EndpointDiscoveryTest {
    HttpServer server;
    String base;
    final EndpointDiscovery discovery = new EndpointDiscovery(EndpointDiscovery.client());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    void page(String path, List<String> links, String html) {
        server.createContext(path, exchange -> {
            links.forEach(link -> exchange.getResponseHeaders().add("Link", link));
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    Optional<String> endpoint(String path) throws Exception {
        return discovery.endpointOf(base + path).map(URI::toString);
    }

    @Test
    void findsALinkHeaderWithARelativeOrAnAbsoluteUrl() throws Exception {
        page("/1", List.of("</endpoint/1>; rel=\"webmention\""), "");
        page("/2", List.of("<" + "http://127.0.0.1:9/abs>; rel=webmention"), "");
        assertThat(endpoint("/1")).contains(base + "/endpoint/1");
        assertThat(endpoint("/2")).contains("http://127.0.0.1:9/abs");
    }

    @Test
    void findsALinkOrAnAElementWithARelativeOrAnAbsoluteUrl() throws Exception {
        page("/3", List.of(), "<html><head><link rel=\"webmention\" href=\"/endpoint/3\"></head></html>");
        page("/4", List.of(), "<link rel=\"webmention\" href=\"http://127.0.0.1:9/four\">");
        page("/5", List.of(), "<a rel=\"webmention\" href=\"/endpoint/5\">endpoint</a>");
        page("/dir/6", List.of(), "<a rel=\"webmention\" href=\"endpoint\">relative to the page's folder</a>");
        assertThat(endpoint("/3")).contains(base + "/endpoint/3");
        assertThat(endpoint("/4")).contains("http://127.0.0.1:9/four");
        assertThat(endpoint("/5")).contains(base + "/endpoint/5");
        assertThat(endpoint("/dir/6")).contains(base + "/dir/endpoint");
    }

    @Test
    void readsLinkHeadersWhateverTheirCasingQuotingAndNumberOfRels() throws Exception {
        page("/7", List.of("</endpoint/7>; REL=WebMention"), "");
        page("/8", List.of("</endpoint/8>; rel=\"webmention somethingelse\""), "");
        page("/9", List.of("</other>; rel=\"other\", </endpoint/9>; rel=\"webmention\""), "");
        page("/10", List.of("</other>; rel=\"other\"", "</endpoint/10>; rel=\"webmention\""), "");
        assertThat(endpoint("/7")).contains(base + "/endpoint/7");
        assertThat(endpoint("/8")).contains(base + "/endpoint/8");
        assertThat(endpoint("/9")).contains(base + "/endpoint/9");
        assertThat(endpoint("/10")).contains(base + "/endpoint/10");
    }

    @Test
    void prefersTheLinkHeaderThenTheFirstElementInDocumentOrder() throws Exception {
        page("/11", List.of("</from-header>; rel=webmention"), "<link rel=\"webmention\" href=\"/from-html\">");
        page("/12", List.of(), "<a rel=\"webmention\" href=\"/first\">a</a><link rel=\"webmention\" href=\"/second\">");
        assertThat(endpoint("/11")).contains(base + "/from-header");
        assertThat(endpoint("/12")).contains(base + "/first");
    }

    @Test
    void ignoresOtherRelsCommentsEscapedMarkupAndElementsWithoutHref() throws Exception {
        page("/13", List.of(), """
                <link rel="not-webmention" href="/wrong">
                <!-- <link rel="webmention" href="/commented"> -->
                <p>&lt;link rel="webmention" href="/escaped"&gt;</p>
                <link rel="webmention">
                <a rel="webmention" href="/right">right</a>""");
        assertThat(endpoint("/13")).contains(base + "/right");
    }

    @Test
    void anEmptyHrefIsThePageItselfAndAQueryStringIsKept() throws Exception {
        page("/15", List.of(), "<link rel=\"webmention\" href=\"\">");
        page("/17", List.of(), "<link rel=\"webmention\" href=\"/endpoint?version=17\">");
        assertThat(endpoint("/15")).contains(base + "/15");
        assertThat(endpoint("/17")).contains(base + "/endpoint?version=17");
    }

    @Test
    void resolvesAgainstThePageAfterRedirects() throws Exception {
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/final/page");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        page("/final/page", List.of("<endpoint>; rel=webmention"), "");
        assertThat(endpoint("/moved")).contains(base + "/final/endpoint");
    }

    @Test
    void aPageWithoutAnEndpointHasNone() throws Exception {
        page("/none", List.of("</style.css>; rel=preload"), "<p>no endpoint here</p>");
        assertThat(endpoint("/none")).isEmpty();
    }
}
