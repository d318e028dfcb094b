package dev.colophon.comments.internal.activitypub;

import dev.colophon.comments.internal.errors.FederationException;
import dev.colophon.comments.internal.store.Daos;
import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.internal.activitypub.protocol.ActivityJson;
import dev.colophon.comments.internal.activitypub.protocol.ActorKeys;
import dev.colophon.comments.internal.activitypub.protocol.Blocks;
import dev.colophon.comments.internal.activitypub.protocol.CommentFederator;
import dev.colophon.comments.internal.activitypub.protocol.Deliverer;
import dev.colophon.comments.internal.activitypub.protocol.FediverseReactionDao;
import dev.colophon.comments.internal.activitypub.protocol.Follower;
import dev.colophon.comments.internal.activitypub.protocol.FollowerDao;
import dev.colophon.comments.internal.activitypub.protocol.Housekeeping;
import dev.colophon.comments.internal.activitypub.protocol.HttpSigner;
import dev.colophon.comments.internal.activitypub.protocol.Inbox;
import dev.colophon.comments.internal.activitypub.protocol.PostDao;
import dev.colophon.comments.internal.activitypub.protocol.PostRow;
import dev.colophon.comments.internal.activitypub.protocol.Publisher;
import dev.colophon.comments.internal.activitypub.protocol.RemoteActor;
import dev.colophon.comments.internal.activitypub.protocol.RemoteActors;
import dev.colophon.comments.internal.activitypub.protocol.RemoteHttp;
import dev.colophon.comments.internal.activitypub.protocol.Replies;
import dev.colophon.comments.internal.activitypub.protocol.ReplayGuard;
import dev.colophon.comments.internal.activitypub.protocol.SignatureVerifier;
import dev.colophon.comments.internal.activitypub.protocol.Urls;
import dev.colophon.comments.config.FediverseConfig;
import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.thread.CommentService;
import dev.colophon.comments.internal.thread.ThreadService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The blog as an ActivityPub actor, assembled in one place: its keys and documents, the verified inbox,
 * the posts it publishes and the durable delivery queue. See docs/activitypub.md.
 */
public final class Federation implements AutoCloseable {
    /** The fediverse numbers for the dashboard and {@code colophon stats}. */
    public record Stats(long followers, long following, long likes, long boosts, long replies, long posts, long queued) {
    }

    private final Database db;
    private final Urls urls;
    private final ActorKeys keys;
    private final ActivityJson json;
    private final RemoteActors actors;
    private final SignatureVerifier verifier;
    private final Blocks blocks;
    private final Inbox inbox;
    private final Publisher publisher;
    private final Deliverer deliverer;
    private final CommentFederator federator;
    private final Clock clock;

    /**
     * @param base the public origin of this server's {@code /ap/} paths, asked for when first needed
     * @param site the site's origin
     * @param background whether a worker sends the queue by itself (tests send it by hand)
     */
    public Federation(Database db, FediverseConfig config, Supplier<String> base, String site, RemoteHttp http,
                      CommentService comments, ThreadService threads, VisitorIds ids, Clock clock, boolean background) {
        this.db = db;
        this.clock = clock;
        this.urls = new Urls(base, site, config.account());
        this.keys = ActorKeys.load(db);
        this.json = new ActivityJson(urls, config, clock);
        HttpSigner signer = new HttpSigner(keys.privateKey(), urls::keyId, clock);
        ReplayGuard replays = new ReplayGuard(db);
        this.actors = new RemoteActors(db, http, signer, clock);
        this.verifier = new SignatureVerifier(actors, replays, clock, () -> java.net.URI.create(urls.inbox()).getScheme());
        this.blocks = new Blocks(db, clock);
        this.federator = new CommentFederator(db, json, clock, config.federateComments());
        CommentFederator sender = this.federator;
        Housekeeping housekeeping = new Housekeeping(db, clock);
        this.deliverer = new Deliverer(db, http, signer, clock, () -> {
            housekeeping.run();
            sender.federateApproved();
        }, background);
        Replies replies = new Replies(db, comments, threads, ids, urls, clock);
        this.inbox = new Inbox(db, json, replies, threads, clock, deliverer::wake);
        this.publisher = new Publisher(db, json, clock, deliverer::wake);
    }

    public Urls urls() {
        return urls;
    }

    public JsonNode actorDocument() {
        return json.actor(keys.publicKeyPem());
    }

    /** Verifies a signed inbox POST and applies its activity; returns what it was taken as. */
    public String receive(String method, String target, Map<String, String> headers, byte[] body, JsonNode activity) {
        RemoteActor signer = verifier.verify(method, target, headers, body);
        if (blocks.blocked(signer.id())) {
            throw new FederationException(FederationException.Reason.BLOCKED, "this account or its server is blocked here");
        }
        return inbox.receive(activity, signer);
    }

    public boolean blocked(String actorOrKeyId) {
        return blocks.blocked(actorOrKeyId);
    }

    public Blocks blocks() {
        return blocks;
    }

    public Publisher.Result publish(JsonNode feed) {
        return publisher.publish(feed);
    }

    /** A page of the outbox: the newest posts as Create activities. */
    public List<JsonNode> outbox(int limit, int offset) {
        return db.jdbi().withExtension(PostDao.class, dao -> dao.newest(limit, offset)).stream()
                .map(post -> (JsonNode) json.activity("Create", post.url() + "#create", json.post(post),
                        List.of(dev.colophon.comments.internal.activitypub.protocol.ActivityJson.PUBLIC), List.of(urls.followers())))
                .toList();
    }

    public JsonNode collection(String id, long total, List<? extends Object> items) {
        return json.collection(id, total, items);
    }

    /** A post's object by its canonical URL. */
    public Optional<JsonNode> post(String url) {
        Optional<PostRow> post = db.jdbi().withExtension(PostDao.class, dao -> dao.byUrl(url));
        return post.map(p -> {
            var object = json.post(p);
            object.put("@context", ActivityJson.CONTEXT);
            return object;
        });
    }

    public long postCount() {
        return db.jdbi().withExtension(PostDao.class, PostDao::count);
    }

    public List<Follower> followers(int limit, int offset) {
        return db.jdbi().withExtension(FollowerDao.class, dao -> dao.list(limit, offset));
    }

    /** Removes a follower; its server hears a Reject of the Follow, so the account stops showing as following. */
    public boolean removeFollower(String actor) {
        long now = clock.millis();
        boolean removed = db.write(handle -> {
            FollowerDao followers = Daos.of(handle, FollowerDao.class);
            Optional<Follower> follower = followers.list(Integer.MAX_VALUE, 0).stream().filter(f -> f.actor().equals(actor)).findFirst();
            if (follower.isEmpty()) {
                return false;
            }
            followers.remove(actor);
            var follow = ActivityJson.MAPPER.createObjectNode().put("type", "Follow").put("actor", actor).put("object", urls.actor());
            String reject = json.activity("Reject", urls.activity("reject", Long.toHexString(now) + Integer.toHexString(actor.hashCode())),
                    follow, List.of(actor), List.of()).toString();
            var queue = Daos.of(handle, dev.colophon.comments.internal.activitypub.protocol.DeliveryDao.class);
            queue.queue(queue.addActivity(reject, now), follower.get().inbox(), now);
            return true;
        });
        deliverer.wake();
        return removed;
    }

    /** Follows a remote account by its actor URL; the Follow goes through the delivery queue. */
    public String follow(String actorUrl) {
        RemoteActor actor = actors.actor(actorUrl);
        long now = clock.millis();
        String followId = urls.activity("follow", Long.toHexString(now) + Integer.toHexString(actor.id().hashCode()));
        String follow = json.activity("Follow", followId, actor.id(), List.of(actor.id()), List.of()).toString();
        db.execute(handle -> {
            Daos.of(handle, FollowerDao.class).follow(actor.id(), actor.inbox(), followId, now);
            var queue = Daos.of(handle, dev.colophon.comments.internal.activitypub.protocol.DeliveryDao.class);
            queue.queue(queue.addActivity(follow, now), actor.inbox(), now);
        });
        deliverer.wake();
        return followId;
    }

    public Stats stats() {
        return db.jdbi().withHandle(handle -> {
            FollowerDao followers = Daos.of(handle, FollowerDao.class);
            FediverseReactionDao reactions = Daos.of(handle, FediverseReactionDao.class);
            return new Stats(followers.count(), followers.followingCount(), reactions.total("like"), reactions.total("announce"),
                    reactions.replies(), Daos.of(handle, PostDao.class).count(),
                    Daos.of(handle, dev.colophon.comments.internal.activitypub.protocol.DeliveryDao.class).size());
        });
    }

    /** Queues the approved comments not yet sent to the fediverse (with {@code fediverse_federate_comments}). */
    public int federateComments() {
        return federator.federateApproved();
    }

    /** An approved comment as the Note it was federated as. */
    public Optional<JsonNode> commentNote(long id) {
        return federator.note(id).map(note -> {
            note.put("@context", ActivityJson.CONTEXT);
            return (JsonNode) note;
        });
    }

    /** Sends the deliveries due now rather than on the worker's next round. */
    public int deliverDue() {
        return deliverer.deliverDue();
    }

    @Override
    public void close() {
        deliverer.close();
    }
}
