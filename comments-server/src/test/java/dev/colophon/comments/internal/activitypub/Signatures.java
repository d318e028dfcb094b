package dev.colophon.comments.internal.activitypub;

import dev.colophon.comments.internal.errors.FederationException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.internal.activitypub.protocol.ReplayGuard;
import dev.colophon.comments.internal.activitypub.protocol.RemoteActor;
import dev.colophon.comments.internal.activitypub.protocol.SignatureVerifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Checks a request the blog sent with the key its actor document publishes, as a receiving server would. */
final class Signatures {
    private Signatures() {
    }

    static boolean verifiesWithActorKey(TestServer blog, FakeFediverse.Received request) {
        JsonNode actor = blog.get("/ap/actor", "Accept", "application/activity+json").json();
        RemoteActor signer = new RemoteActor(actor.get("id").asText(), actor.get("publicKey").get("id").asText(),
                actor.get("publicKey").get("publicKeyPem").asText(), actor.get("inbox").asText(), null, "@blog", null, null, 0);
        Map<String, String> headers = new HashMap<>();
        request.headers().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        try {
            new SignatureVerifier((keyId, fresh) -> signer, new ReplayGuard(blog.database()), blog.clock)
                    .verify("POST", request.path(), headers, request.body().getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (FederationException e) {
            return false;
        }
    }

    static URI uri(String url) {
        return URI.create(url);
    }

    static Clock clock(TestServer server) {
        return server.clock;
    }
}
