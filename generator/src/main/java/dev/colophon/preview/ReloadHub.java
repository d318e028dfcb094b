package dev.colophon.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.config.Problem;
import io.javalin.http.sse.SseClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open preview tabs, told over server-sent events to reload or to show a build error. */
final class ReloadHub {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private volatile String lastError;

    void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        if (lastError != null) {
            client.sendEvent("error", lastError);
        }
    }

    /** Every tab reloads. */
    void reload() {
        lastError = null;
        send("reload", "{}");
    }

    /** Beyond this many changed pages, every tab reloads rather than each looking for its own in a long list. */
    private static final int LISTED = 500;

    /**
     * The tabs showing one of these site files ({@code posts/hello/index.html}) reload; the others stay
     * where the reader is. A big site's edit is served in two steps, the page and then its lists: a tab
     * reloads at the step that changed what it shows, not at both.
     */
    void reload(java.util.Collection<String> files) {
        if (files.isEmpty()) {
            return;
        }
        if (files.size() > LISTED) {
            reload();
            return;
        }
        lastError = null;
        List<String> urls = files.stream().map(ReloadHub::urlOf).toList();
        send("reload", JSON.valueToTree(Map.of("paths", urls)).toString());
    }

    /** The URL path a site file is served at: {@code posts/hello/index.html} at {@code /posts/hello/}. */
    static String urlOf(String file) {
        return "/" + (file.equals("index.html") ? "" : file.endsWith("/index.html") ? file.substring(0, file.length() - 10) : file);
    }

    /** Shows the problems in every tab, and in each tab that opens until the next good build. */
    void error(List<Problem> problems) {
        lastError = errorJson(problems.stream().map(ReloadHub::fields).toList());
        send("error", lastError);
    }

    /** The fields a tab shows of a problem (the overlay's JSON: file, line, message). */
    private static Map<String, Object> fields(Problem problem) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", problem.file().toString());
        fields.put("line", problem.line());
        fields.put("message", problem.message());
        return fields;
    }

    /** Ends every event stream, so that a graceful stop does not wait for open tabs. */
    void close() {
        clients.forEach(SseClient::close);
        clients.clear();
    }

    private void send(String event, String data) {
        for (SseClient client : clients) {
            try {
                client.sendEvent(event, data);
            } catch (RuntimeException gone) {
                clients.remove(client); // the tab closed between events
            }
        }
    }

    static String errorJson(java.util.List<Map<String, Object>> problems) {
        return JSON.valueToTree(Map.of("problems", problems)).toString();
    }
}
