package dev.colophon.webmention;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the webmentions that the last build calls for: for each post, to links that are new, to all its
 * links when its content changed (an update), and to links it no longer has or of a post that is gone
 * (the receiver fetches the source and takes the mention back). What was sent is remembered in
 * {@code .colophon/}; a failed send is tried again by the next run.
 */
public final class WebmentionSender {
    /** What one run did: sent, targets without an endpoint, failures. */
    public record Report(int sent, int withoutEndpoint, int failed) {
        public String summary(boolean dryRun) {
            return (dryRun ? "Would send " : "Sent ") + sent + " webmention" + (sent == 1 ? "" : "s") + ", "
                    + withoutEndpoint + " target" + (withoutEndpoint == 1 ? "" : "s") + " without an endpoint, "
                    + failed + " failed";
        }
    }

    private final HttpClient http;
    private final EndpointDiscovery discovery;
    private final PrintStream out;

    public WebmentionSender(HttpClient http, PrintStream out) {
        this.http = http;
        this.discovery = new EndpointDiscovery(http);
        this.out = out;
    }

    public Report send(Path cacheDir, boolean dryRun) throws InterruptedException {
        Map<String, OutgoingLinks.Post> current = OutgoingLinks.read(cacheDir);
        Map<String, OutgoingLinks.Post> sent = SentLog.read(cacheDir);
        int done = 0;
        int none = 0;
        int failed = 0;
        Set<String> posts = new LinkedHashSet<>(current.keySet());
        posts.addAll(sent.keySet());
        for (String source : posts) {
            OutgoingLinks.Post now = current.get(source);
            OutgoingLinks.Post before = sent.get(source);
            List<String> remembered = new ArrayList<>();
            boolean allOk = true;
            for (String target : due(now, before)) {
                Outcome outcome = sendOne(source, target, dryRun);
                switch (outcome) {
                    case SENT -> done++;
                    case NO_ENDPOINT -> none++;
                    case FAILED -> {
                        failed++;
                        allOk = false;
                        if (before != null && before.links().contains(target)) {
                            remembered.add(target); // still owed: the next run tries again
                        }
                    }
                }
            }
            if (dryRun) {
                continue;
            }
            if (now == null) {
                if (allOk) {
                    sent.remove(source);
                } else {
                    sent.put(source, new OutgoingLinks.Post("", remembered));
                }
            } else {
                List<String> links = new ArrayList<>(now.links());
                remembered.stream().filter(t -> !links.contains(t)).forEach(links::add);
                sent.put(source, new OutgoingLinks.Post(allOk ? now.hash() : "", links));
            }
        }
        if (!dryRun) {
            SentLog.write(cacheDir, sent);
        }
        return new Report(done, none, failed);
    }

    /** The targets a post owes a webmention: new links, all links after a change, removed links. */
    static List<String> due(OutgoingLinks.Post now, OutgoingLinks.Post before) {
        Set<String> targets = new LinkedHashSet<>();
        if (now != null) {
            boolean changed = before == null || !before.hash().equals(now.hash());
            now.links().stream().filter(t -> changed || !before.links().contains(t)).forEach(targets::add);
        }
        if (before != null) {
            before.links().stream().filter(t -> now == null || !now.links().contains(t)).forEach(targets::add);
        }
        return List.copyOf(targets);
    }

    private enum Outcome { SENT, NO_ENDPOINT, FAILED }

    private Outcome sendOne(String source, String target, boolean dryRun) throws InterruptedException {
        try {
            Optional<URI> endpoint = discovery.endpointOf(target);
            if (endpoint.isEmpty()) {
                return Outcome.NO_ENDPOINT;
            }
            if (dryRun) {
                out.println("would send " + source + " -> " + target + " via " + endpoint.get());
                return Outcome.SENT;
            }
            String form = "source=" + URLEncoder.encode(source, StandardCharsets.UTF_8) + "&target="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint.get()).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                out.println("sent " + source + " -> " + target + " (" + response.statusCode() + ")");
                return Outcome.SENT;
            }
            out.println("failed " + source + " -> " + target + ": " + endpoint.get() + " answered " + response.statusCode());
            return Outcome.FAILED;
        } catch (IOException | IllegalArgumentException e) {
            out.println("failed " + source + " -> " + target + ": " + e.getMessage());
            return Outcome.FAILED;
        }
    }
}
