package dev.colophon.comments.internal.activitypub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.colophon.comments.internal.activitypub.protocol.ActivityJson;
import dev.colophon.comments.internal.activitypub.protocol.HttpSigner;
import dev.colophon.comments.internal.activitypub.protocol.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A remote fediverse server on a loopback port, with accounts in Mastodon's shape (key {@code #main-key}
 * in the actor, a shared inbox) or GoToSocial's (key at {@code /main-key}, answered by a stub, no shared
 * inbox), and an inbox that records what it is sent.
 */
final class FakeFediverse implements AutoCloseable {
    /** A POST the fake's inboxes received. */
    record Received(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** A remote account and its key pair. */
    record Account(String name, boolean gotosocial, KeyPair keys, String base) {
        String id() {
            return base + "/users/" + name;
        }

        String keyId() {
            return gotosocial ? id() + "/main-key" : id() + "#main-key";
        }
    }

    /** Keys made once for the test run: RSA key generation is slow on a busy machine. */
    private static final List<KeyPair> KEYS = List.of(newKeys(), newKeys(), newKeys());

    private final HttpServer server;
    private final String base;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    /** Ed25519 keys some accounts publish beside their RSA key, as FEP-521a Multikeys in assertionMethod. */
    private final Map<String, KeyPair> ed25519 = new ConcurrentHashMap<>();
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** The paths of the GETs it answered (actors, keys). */
    final List<String> fetched = new CopyOnWriteArrayList<>();
    volatile int inboxStatus = 202;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    FakeFediverse() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] answer;
            int status = 200;
            if (exchange.getRequestMethod().equals("POST")) {
                received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                status = inboxStatus;
                answer = new byte[0];
            } else {
                fetched.add(path);
                String document = document(path);
                status = document == null ? 404 : 200;
                answer = (document == null ? "{}" : document).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", ActivityJson.MEDIA_TYPE);
            }
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    String base() {
        return base;
    }

    Account account(String name, boolean gotosocial) {
        return accounts.computeIfAbsent(name, n -> new Account(n, gotosocial, KEYS.get(accounts.size() % KEYS.size()), base));
    }

    /** Gives the account an Ed25519 key, published in its actor as a Multikey with the id {@code #ed25519-key}. */
    KeyPair ed25519Key(Account account) {
        return ed25519.computeIfAbsent(account.name(), name -> newEd25519Keys());
    }

    private String document(String path) {
        for (Account account : accounts.values()) {
            String actorPath = "/users/" + account.name();
            if (path.equals(actorPath)) {
                return actor(account, true).toString();
            }
            if (account.gotosocial() && path.equals(actorPath + "/main-key")) {
                return actor(account, false).toString(); // GoToSocial's stub: the key and its owner, no inbox
            }
        }
        return null;
    }

    private ObjectNode actor(Account account, boolean full) {
        ObjectNode actor = ActivityJson.MAPPER.createObjectNode();
        actor.putArray("@context").add(ActivityJson.CONTEXT).add("https://w3id.org/security/v1");
        actor.put("id", account.id());
        actor.put("type", "Person");
        actor.put("preferredUsername", account.name());
        actor.putObject("publicKey").put("id", account.keyId()).put("owner", account.id())
                .put("publicKeyPem", Pem.publicKey(account.keys().getPublic()));
        KeyPair edKey = ed25519.get(account.name());
        if (edKey != null) {
            actor.putArray("assertionMethod").addObject().put("id", account.id() + "#ed25519-key").put("type", "Multikey")
                    .put("controller", account.id()).put("publicKeyMultibase", MessageSigner.multikey(edKey.getPublic()));
        }
        if (full) {
            actor.put("name", account.name().substring(0, 1).toUpperCase() + account.name().substring(1) + " Example");
            actor.put("inbox", account.id() + "/inbox");
            actor.put("outbox", account.id() + "/outbox");
            actor.put("url", base + "/@" + account.name());
            if (!account.gotosocial()) {
                actor.putObject("endpoints").put("sharedInbox", base + "/inbox");
            }
        }
        return actor;
    }

    /** POSTs an activity to an inbox, signed by {@code account} as its server would sign it. */
    int deliver(String inbox, Account account, String activity, Clock clock) {
        return send(inbox, signed(inbox, account.keys().getPrivate(), account.keyId(), activity, clock, account.gotosocial()), activity);
    }

    static Map<String, String> signed(String inbox, PrivateKey key, String keyId, String body, Clock clock, boolean hs2019) {
        Map<String, String> headers = new HttpSigner(key, () -> keyId, clock)
                .sign("POST", URI.create(inbox), body.getBytes(StandardCharsets.UTF_8));
        if (hs2019) {
            headers.put("Signature", headers.get("Signature").replace("algorithm=\"rsa-sha256\"", "algorithm=\"hs2019\""));
        }
        return headers;
    }

    int send(String inbox, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(inbox))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", ActivityJson.MEDIA_TYPE);
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Host")) { // the client sends the same Host itself
                request.header(name, value);
            }
        });
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static KeyPair newEd25519Keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair newKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
