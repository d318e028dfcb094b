package dev.colophon.comments.internal.activitypub;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Payload fixtures (test resources under activitypub/) with their placeholders filled, and a site's feed. */
final class Fixtures {
    private Fixtures() {
    }

    static String payload(String name, Map<String, String> values) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/activitypub/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Feed a built site has, with one post per URL, published at {@code date}. */
    static Map<String, Object> feed(String date, String... urls) {
        List<Map<String, Object>> items = java.util.Arrays.stream(urls).map(url -> Map.<String, Object>of(
                "id", url, "url", url, "title", "Post " + URI.create(url).getPath(),
                "content_html", "<p>The text of " + url + ".</p><p><img src=\"" + url + "photo.jpg\" alt=\"A harbour at dawn\"></p>",
                "summary", "About " + URI.create(url).getPath(), "date_published", date, "date_modified", date,
                "tags", List.of("java", "static sites"))).toList();
        return Map.of("version", "https://jsonfeed.org/version/1.1", "title", "A blog", "items", items);
    }

    static JsonNode publish(TestServer server, Map<String, Object> feed) {
        TestServer.Response response = server.post("/api/v1/admin/fediverse/posts", feed, server.admin());
        if (response.status() != 200) {
            throw new AssertionError("publishing answered " + response.status() + ": " + response.text());
        }
        return response.json();
    }
}
