package dev.colophon.comments.internal.activitypub.http;

import dev.colophon.comments.internal.activitypub.Federation;
import dev.colophon.comments.internal.errors.FederationException;
import dev.colophon.comments.internal.api.RouteTable;
import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.internal.activitypub.protocol.ActivityJson;
import dev.colophon.comments.internal.api.ErrorResponses;
import dev.colophon.comments.internal.limits.RateLimiter;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public fediverse endpoints: WebFinger, the actor (content-negotiated), its outbox and collections,
 * posts as objects, and the inbox. Documented in docs/api.md and docs/activitypub.md.
 */
public final class FederationApi {
    static final int MAX_INBOX_BYTES = 1 << 20;
    private static final int PAGE = 20;

    private final Federation federation;
    private final RateLimiter perServer;

    public FederationApi(Federation federation, int inboxPerMinute) {
        this.federation = federation;
        this.perServer = new RateLimiter(inboxPerMinute);
    }

    public RouteTable routes() {
        RouteTable routes = new RouteTable();
        routes.get("/.well-known/webfinger", this::webfinger);
        routes.get("/ap/actor", this::actor);
        routes.get("/ap/outbox", this::outbox);
        routes.get("/ap/followers", ctx -> activityJson(ctx, federation.collection(federation.urls().followers(),
                federation.stats().followers(), null)));
        routes.get("/ap/following", ctx -> activityJson(ctx, federation.collection(federation.urls().following(),
                federation.stats().following(), null)));
        routes.get("/ap/object", this::object);
        routes.get("/ap/comments/{id}", ctx -> activityJson(ctx, federation.commentNote(commentId(ctx)).orElseThrow(() ->
                new FederationException(FederationException.Reason.NOT_FOUND, "no federated comment " + ctx.pathParam("id")))));
        routes.post("/ap/inbox", this::inbox);
        routes.exception(FederationException.class, (e, ctx) -> ErrorResponses.write(ctx, status(e.reason()),
                e.reason().name().toLowerCase(Locale.ROOT), e.getMessage()));
        return routes;
    }

    private void webfinger(Context ctx) {
        String resource = ctx.queryParam("resource");
        if (resource == null || resource.isBlank()) {
            throw new FederationException(FederationException.Reason.BAD_REQUEST, "give resource=acct:NAME@HOST");
        }
        String actor = federation.urls().actor();
        boolean ours = resource.equals(actor) || resource.equals(federation.urls().site()) || resource.equals(federation.urls().site() + "/");
        if (resource.startsWith("acct:")) {
            String acct = resource.substring(5);
            int at = acct.lastIndexOf('@');
            ours = at > 0 && acct.substring(0, at).equalsIgnoreCase(federation.urls().account())
                    && federation.urls().hosts().contains(acct.substring(at + 1).toLowerCase(Locale.ROOT));
        }
        if (!ours) {
            throw new FederationException(FederationException.Reason.NOT_FOUND, "no account " + resource + " here");
        }
        Map<String, Object> jrd = new LinkedHashMap<>();
        jrd.put("subject", "acct:" + federation.urls().handle().substring(1));
        jrd.put("aliases", List.of(actor, federation.urls().site() + "/"));
        jrd.put("links", List.of(
                Map.of("rel", "self", "type", ActivityJson.MEDIA_TYPE, "href", actor),
                Map.of("rel", "http://webfinger.net/rel/profile-page", "type", "text/html", "href", federation.urls().site() + "/")));
        ctx.header("Access-Control-Allow-Origin", "*"); // RFC 7033 asks for it: WebFinger is public
        ctx.contentType("application/jrd+json; charset=utf-8").result(ActivityJson.MAPPER.valueToTree(jrd).toString());
    }

    /** The actor as ActivityPub JSON to servers, and the site's home page to people who open it in a browser. */
    private void actor(Context ctx) {
        if (wantsHtml(ctx)) {
            ctx.redirect(federation.urls().site() + "/");
            return;
        }
        activityJson(ctx, federation.actorDocument());
    }

    private void outbox(Context ctx) {
        long total = federation.postCount();
        String page = ctx.queryParam("page");
        String id = federation.urls().outbox();
        if (page == null) {
            var collection = federation.collection(id, total, null);
            ((com.fasterxml.jackson.databind.node.ObjectNode) collection).put("first", id + "?page=1");
            activityJson(ctx, collection);
            return;
        }
        int number = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        List<JsonNode> items = federation.outbox(PAGE, (number - 1) * PAGE);
        var collection = (com.fasterxml.jackson.databind.node.ObjectNode) federation.collection(id + "?page=" + number, total, items);
        collection.put("type", "OrderedCollectionPage").put("partOf", id);
        if ((long) number * PAGE < total) {
            collection.put("next", id + "?page=" + (number + 1));
        }
        activityJson(ctx, collection);
    }

    private void object(Context ctx) {
        String url = ctx.queryParam("url");
        JsonNode post = url == null ? null : federation.post(url).orElse(null);
        if (post == null) {
            throw new FederationException(FederationException.Reason.NOT_FOUND, "no published post at " + url);
        }
        if (wantsHtml(ctx)) {
            ctx.redirect(url);
            return;
        }
        activityJson(ctx, post);
    }

    private void inbox(Context ctx) {
        byte[] body = body(ctx);
        Map<String, String> headers = new HashMap<>();
        ctx.headerMap().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        String keyId = keyIdOf(headers);
        if (keyId != null) {
            if (federation.blocked(keyId)) {
                throw new FederationException(FederationException.Reason.BLOCKED, "this account or its server is blocked here");
            }
            String server = host(keyId);
            if (perServer.acquire(server) > 0) {
                ctx.header("Retry-After", "60");
                throw new FederationException(FederationException.Reason.RATE_LIMITED, "too many requests from " + server);
            }
        }
        String target = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        JsonNode activity = parse(body);
        String taken = federation.receive("POST", target, headers, body, activity);
        ctx.status(202).json(Map.of("accepted", taken));
    }

    private static byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_INBOX_BYTES) {
            throw new FederationException(FederationException.Reason.TOO_LARGE, "activities may be at most 1 MB");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (out.size() + n > MAX_INBOX_BYTES) {
                    throw new FederationException(FederationException.Reason.TOO_LARGE, "activities may be at most 1 MB");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FederationException(FederationException.Reason.BAD_REQUEST, "the request body could not be read");
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode activity = ActivityJson.MAPPER.readTree(body);
            if (activity == null || !activity.isObject()) {
                throw new IOException("not an object");
            }
            return activity;
        } catch (IOException e) {
            throw new FederationException(FederationException.Reason.BAD_REQUEST, "the body is not a JSON activity");
        }
    }

    private static long commentId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("\\d{1,18}")) {
            throw new FederationException(FederationException.Reason.NOT_FOUND, "no federated comment " + id);
        }
        return Long.parseLong(id);
    }

    /** The signer's key, read roughly for blocks and rate limits before the signature is checked: keyId (draft-cavage) or keyid (RFC 9421). */
    private static String keyIdOf(Map<String, String> headers) {
        String input = headers.get("signature-input");
        String field = input != null ? input : headers.get("signature");
        if (field == null) {
            return null;
        }
        var matcher = java.util.regex.Pattern.compile(input != null ? "keyid=\"([^\"]+)\"" : "keyId=\"([^\"]+)\"").matcher(field);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static boolean wantsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html") && !accept.contains("activity+json") && !accept.contains("ld+json");
    }

    private static void activityJson(Context ctx, JsonNode document) {
        ctx.header("Vary", "Accept");
        ctx.contentType(ActivityJson.MEDIA_TYPE + "; charset=utf-8").result(document.toString());
    }

    static int status(FederationException.Reason reason) {
        return switch (reason) {
            case UNSIGNED, BAD_SIGNATURE -> 401;
            case BLOCKED -> 403;
            case TOO_LARGE -> 413;
            case NOT_FOUND -> 404;
            case RATE_LIMITED -> 429;
            case UNREACHABLE -> 502;
            case BAD_REQUEST -> 400;
        };
    }
}
