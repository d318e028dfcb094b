package dev.colophon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.settings.SiteConfigReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The comment server's admin API as the CLI calls it: which server (a flag, else the site's
 * {@code comments_url}) and which token (a flag, else {@code COLOPHON_ADMIN_TOKEN}). A picocli mixin,
 * so every command that needs it takes the same three options.
 */
final class AdminClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--server", paramLabel = "URL", description = "Comment server URL (default: comments_url of the site).")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Admin token (default: $COLOPHON_ADMIN_TOKEN).")
    String token;

    @Option(names = "--source", paramLabel = "DIR", description = "Site folder, for its comments_url (default: . or ./content).")
    Path source;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The server's URL without a trailing slash. */
    String base() {
        String url = server != null ? server : new SiteConfigReader().read(SiteLocator.locate(source)).commentsUrl();
        if (url == null || url.isBlank()) {
            throw new UserError("no comment server: pass --server URL or set comments_url in site.yml");
        }
        return url.replaceAll("/+$", "");
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send("GET", path);
    }

    /** Sends a request to the admin API; any answer but 2xx is a {@link UserError} with the server's message. */
    JsonNode send(String method, String path) throws IOException, InterruptedException {
        return send(method, path, null);
    }

    /** {@link #send(String, String)} with a JSON body. */
    JsonNode send(String method, String path, byte[] body) throws IOException, InterruptedException {
        String secret = token != null ? token : System.getenv("COLOPHON_ADMIN_TOKEN");
        if (secret == null || secret.isBlank()) {
            throw new UserError("no admin token: pass --token or set COLOPHON_ADMIN_TOKEN");
        }
        String url = base() + path;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new UserError("cannot reach the comment server at " + url + " (is it running?)");
        }
        JsonNode json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new UserError("the comment server answered " + response.statusCode() + ": "
                    + (json.has("message") ? json.get("message").asText() : response.body()));
        }
        return json;
    }
}
