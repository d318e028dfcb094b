package dev.colophon.comments.activitypub.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.activitypub.FederationException;
import dev.colophon.comments.activitypub.FederationException.Reason;
import java.net.URI;

/** Reads a remote actor document (Mastodon's, GoToSocial's, …) into a {@link RemoteActor}. */
final class ActorDocument {
    private ActorDocument() {
    }

    static RemoteActor parse(JsonNode doc, long now) {
        String id = text(doc, "id");
        String inbox = text(doc, "inbox");
        JsonNode key = doc.path("publicKey");
        if (key.isArray()) {
            key = key.path(0);
        }
        String keyId = text(key, "id");
        String pem = text(key, "publicKeyPem");
        if (id == null || inbox == null || keyId == null || pem == null) {
            throw new FederationException(Reason.BAD_REQUEST, "not an actor with an inbox and a public key: " + (id == null ? "?" : id));
        }
        URI actorUri = RemoteActors.uri(id);
        RemoteActors.uri(inbox);
        String shared = text(doc.path("endpoints"), "sharedInbox");
        if (shared != null) {
            RemoteActors.uri(shared);
        }
        String username = text(doc, "preferredUsername");
        String handle = "@" + (username == null ? "unknown" : username) + "@" + HttpSigner.authority(actorUri);
        return new RemoteActor(id, keyId, pem, inbox, shared, handle, text(doc, "name"), url(doc.path("url"), id), now);
    }

    /** Mastodon's url is a string; others send a Link object or a list of them. */
    private static String url(JsonNode url, String fallback) {
        if (url.isTextual()) {
            return url.asText();
        }
        if (url.isArray() && url.size() > 0) {
            return url(url.get(0), fallback);
        }
        if (url.isObject() && url.path("href").isTextual()) {
            return url.get("href").asText();
        }
        return fallback;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
