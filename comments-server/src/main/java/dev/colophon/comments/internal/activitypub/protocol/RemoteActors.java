package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.store.Daos;
import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.internal.errors.FederationException;
import dev.colophon.comments.internal.errors.FederationException.Reason;
import dev.colophon.comments.internal.store.Database;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Remote actors by id and by key: from the {@code ap_actors} table while younger than a day, else fetched
 * (signed, as servers in Mastodon's secure mode require) through the guarded {@link RemoteHttp}.
 */
public final class RemoteActors implements KeyResolver {
    static final Duration MAX_AGE = Duration.ofDays(1);

    /** The actor cache; see {@code V14__activitypub.sql}. */
    @RegisterConstructorMapper(RemoteActor.class)
    public interface ActorDao {
        @SqlQuery("SELECT * FROM ap_actors WHERE id = :id")
        Optional<RemoteActor> byId(@Bind("id") String id);

        @SqlQuery("SELECT * FROM ap_actors WHERE key_id = :keyId")
        Optional<RemoteActor> byKey(@Bind("keyId") String keyId);

        @SqlUpdate("""
                INSERT INTO ap_actors (id, key_id, public_key_pem, inbox, shared_inbox, handle, name, url, fetched_at)
                VALUES (:id, :keyId, :publicKeyPem, :inbox, :sharedInbox, :handle, :name, :url, :fetchedAt)
                ON CONFLICT (id) DO UPDATE SET key_id = excluded.key_id, public_key_pem = excluded.public_key_pem,
                    inbox = excluded.inbox, shared_inbox = excluded.shared_inbox, handle = excluded.handle,
                    name = excluded.name, url = excluded.url, fetched_at = excluded.fetched_at""")
        void save(@BindMethods RemoteActor actor);
    }

    private final Database db;
    private final RemoteHttp http;
    private final HttpSigner signer;
    private final Clock clock;

    public RemoteActors(Database db, RemoteHttp http, HttpSigner signer, Clock clock) {
        this.db = db;
        this.http = http;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public RemoteActor actorForKey(String keyId, boolean fresh) {
        Optional<RemoteActor> cached = db.jdbi().withExtension(ActorDao.class, dao -> dao.byKey(keyId));
        if (!fresh && cached.isPresent() && young(cached.get())) {
            return cached.get();
        }
        URI keyUri = uri(keyId);
        JsonNode document = fetch(withoutFragment(keyUri));
        if (!document.hasNonNull("inbox") && document.path("owner").isTextual()) {
            document = fetch(uri(document.get("owner").asText())); // GoToSocial's key URL answers with the key alone
        } else if (!document.hasNonNull("inbox") && document.path("publicKey").path("owner").isTextual()) {
            document = fetch(uri(document.path("publicKey").get("owner").asText()));
        }
        RemoteActor actor = ActorDocument.parse(document, clock.millis(), keyId);
        if (!actor.keyId().equals(keyId) || !sameHost(uri(actor.id()), keyUri)) {
            throw new FederationException(Reason.BAD_SIGNATURE, "the key " + keyId + " is not the key of the actor " + actor.id());
        }
        save(actor);
        return actor;
    }

    /** An actor by its id, fetched when not known or old. */
    public RemoteActor actor(String id) {
        Optional<RemoteActor> cached = db.jdbi().withExtension(ActorDao.class, dao -> dao.byId(id));
        if (cached.isPresent() && young(cached.get())) {
            return cached.get();
        }
        RemoteActor actor = ActorDocument.parse(fetch(uri(id)), clock.millis());
        if (!actor.id().equals(id)) {
            throw new FederationException(Reason.BAD_REQUEST, "the actor at " + id + " calls itself " + actor.id());
        }
        save(actor);
        return actor;
    }

    /** A JSON document from another server, asked for as ActivityPub. */
    public JsonNode fetch(URI uri) {
        Map<String, String> headers = new java.util.LinkedHashMap<>(signer.sign("GET", uri, null));
        headers.put("Accept", "application/activity+json, application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"");
        RemoteHttp.Answer answer = http.get(uri, headers);
        if (answer.status() == 410) {
            throw new FederationException(Reason.NOT_FOUND, uri + " is gone (410)");
        }
        if (answer.status() / 100 != 2) {
            throw new FederationException(Reason.UNREACHABLE, uri + " answered " + answer.status());
        }
        try {
            return ActivityJson.MAPPER.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new FederationException(Reason.BAD_REQUEST, uri + " did not answer with JSON");
        }
    }

    private void save(RemoteActor actor) {
        db.execute(handle -> Daos.of(handle, ActorDao.class).save(actor));
    }

    private boolean young(RemoteActor actor) {
        return clock.millis() - actor.fetchedAt() < MAX_AGE.toMillis();
    }

    static URI uri(String value) {
        try {
            URI uri = URI.create(value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new FederationException(Reason.BAD_REQUEST, "'" + value + "' is not an http(s) URL");
        }
    }

    private static URI withoutFragment(URI uri) {
        return URI.create(uri.toString().replaceFirst("#.*$", ""));
    }

    static boolean sameHost(URI a, URI b) {
        return a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
    }
}
