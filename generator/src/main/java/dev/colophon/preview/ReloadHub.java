package dev.colophon.preview;

import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open preview tabs, told over server-sent events to reload or to show a build error. */
final class ReloadHub {
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

    void reload() {
        lastError = null;
        send("reload", "{}");
    }

    void error(String json) {
        lastError = json;
        send("error", json);
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
        return dev.colophon.comments.api.Json.MAPPER.valueToTree(Map.of("problems", problems)).toString();
    }
}
