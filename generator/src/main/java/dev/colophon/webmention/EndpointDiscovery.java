package dev.colophon.webmention;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a target's Webmention endpoint as the W3C Recommendation says: the first HTTP {@code Link} header
 * with rel webmention, else the first {@code <link>} or {@code <a>} with rel webmention in document order,
 * resolved against the page's URL after redirects (an empty href is the page itself, a query is kept).
 */
public final class EndpointDiscovery {
    private static final int MAX_BYTES = 1 << 20;
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]*)*)");
    private static final Pattern REL = Pattern.compile("(?i);\\s*rel\\s*=\\s*(?:\"([^\"]*)\"|([^\\s\";,]+))");

    private final HttpClient http;

    public EndpointDiscovery(HttpClient http) {
        this.http = http;
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The endpoint of {@code target}, or empty when it has none. */
    public Optional<URI> endpointOf(String target) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(15))
                .header("Accept", "text/html, */*;q=0.5").header("User-Agent", "Colophon (webmention sender)").GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        URI base = response.uri();
        try (InputStream body = response.body()) {
            Optional<URI> fromHeader = fromLinkHeaders(response.headers().allValues("Link"), base);
            if (fromHeader.isPresent() || response.statusCode() >= 400) {
                return fromHeader;
            }
            String type = response.headers().firstValue("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
            if (!type.contains("html")) {
                return Optional.empty();
            }
            String html = new String(body.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
            return fromHtml(Jsoup.parse(html, base.toString()), base);
        }
    }

    static Optional<URI> fromLinkHeaders(List<String> headers, URI base) {
        for (String header : headers) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                Matcher rel = REL.matcher(link.group(2));
                while (rel.find()) {
                    String rels = rel.group(1) != null ? rel.group(1) : rel.group(2);
                    if (hasWebmention(rels)) {
                        return Optional.of(base.resolve(link.group(1).strip()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Optional<URI> fromHtml(Document document, URI base) {
        for (Element element : document.select("link[href], a[href]")) {
            if (hasWebmention(element.attr("rel"))) {
                String href = element.attr("href").strip();
                // jsoup resolves against <base href> too; an empty href is the page itself
                return Optional.of(href.isEmpty() ? base : URI.create(element.absUrl("href")));
            }
        }
        return Optional.empty();
    }

    private static boolean hasWebmention(String rels) {
        for (String rel : rels.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (rel.equals("webmention")) {
                return true;
            }
        }
        return false;
    }
}
