package dev.colophon.comments.internal.activitypub.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.internal.errors.FederationException;
import dev.colophon.comments.internal.errors.FederationException.Reason;
import java.net.URI;

/** Reads a remote actor document (Mastodon's, GoToSocial's, …) into a {@link RemoteActor}. */
final class ActorDocument {
    private ActorDocument() {
    }

    static RemoteActor parse(JsonNode doc, long now) {
        return parse(doc, now, null);
    }

    /**
     * Reads the actor with the key named {@code wantedKeyId}: its {@code publicKey} (PEM), or one of its
     * FEP-521a {@code assertionMethod} Multikeys (Ed25519); without it, or when no key has that id, the
     * first {@code publicKey}.
     */
    static RemoteActor parse(JsonNode doc, long now, String wantedKeyId) {
        String id = text(doc, "id");
        String inbox = text(doc, "inbox");
        String[] key = key(doc, wantedKeyId);
        String keyId = key[0];
        String pem = key[1];
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

    /** The key's id and PEM: the one named, else the first {@code publicKey}. */
    private static String[] key(JsonNode doc, String wantedKeyId) {
        JsonNode keys = doc.path("publicKey");
        JsonNode first = keys.isArray() ? keys.path(0) : keys;
        for (JsonNode key : items(keys)) {
            if (wantedKeyId != null && wantedKeyId.equals(text(key, "id"))) {
                return new String[] {wantedKeyId, text(key, "publicKeyPem")};
            }
        }
        for (JsonNode method : items(doc.path("assertionMethod"))) {
            if (wantedKeyId != null && wantedKeyId.equals(text(method, "id")) && "Multikey".equals(text(method, "type"))) {
                String pem = Pem.fromMultikey(text(method, "publicKeyMultibase"));
                if (pem != null) {
                    return new String[] {wantedKeyId, pem};
                }
            }
        }
        return new String[] {text(first, "id"), text(first, "publicKeyPem")};
    }

    /** A property's values: the items of an array, or the one value. */
    private static Iterable<JsonNode> items(JsonNode value) {
        return value.isArray() ? value : value.isMissingNode() ? java.util.List.of() : java.util.List.of(value);
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
