package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.store.Daos;
import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.internal.errors.FederationException;
import dev.colophon.comments.internal.errors.FederationException.Reason;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.store.ReactionDao;
import dev.colophon.comments.internal.store.ShareDao;
import dev.colophon.comments.internal.store.ThreadDao;
import dev.colophon.comments.internal.thread.ThreadService;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies an activity whose signature was verified: Follow (answered by Accept), Undo, Accept and Reject
 * of the blog's own Follow, Like (a page reaction) and Announce (a share, counted with the site's other
 * shares) of a post, and Create, Update and Delete of replies
 * ({@link Replies}). Anything else is accepted and ignored, as is an activity already received.
 */
public final class Inbox {
    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    static final String SITE = "default";
    private static final long DAY = 86_400_000L;

    private final Database db;
    private final ActivityJson json;
    private final Replies replies;
    private final ThreadService threads;
    private final Clock clock;
    private final Runnable wake;

    public Inbox(Database db, ActivityJson json, Replies replies, ThreadService threads, Clock clock, Runnable wake) {
        this.db = db;
        this.json = json;
        this.replies = replies;
        this.threads = threads;
        this.clock = clock;
        this.wake = wake;
    }

    /** Applies an activity sent by {@code signer}; returns its type as understood ("ignored" for the rest). */
    public String receive(JsonNode activity, RemoteActor signer) {
        String actor = id(activity.path("actor"));
        if (!signer.id().equals(actor)) {
            throw new FederationException(Reason.BAD_SIGNATURE, "the activity's actor " + actor + " is not the signer " + signer.id());
        }
        String type = activity.path("type").asText("");
        String activityId = id(activity.path("id"));
        if (activityId != null && db.write(h -> Daos.of(h, FediverseReactionDao.class)
                .received(activityId, type, actor, clock.millis())) == 0) {
            return "duplicate";
        }
        JsonNode object = activity.path("object");
        return switch (type) {
            case "Follow" -> follow(activity, signer);
            case "Undo" -> undo(object, signer);
            case "Accept" -> accepted(object, signer, true);
            case "Reject" -> accepted(object, signer, false);
            case "Like" -> react("like", activityId, object, signer);
            case "Announce" -> react("announce", activityId, object, signer);
            case "Create" -> replies.create(activity, object, signer);
            case "Update" -> replies.update(object, signer);
            case "Delete" -> delete(object, signer);
            default -> "ignored";
        };
    }

    private String follow(JsonNode activity, RemoteActor follower) {
        if (!json.urls().actor().equals(id(activity.path("object")))) {
            return "ignored";
        }
        long now = clock.millis();
        String acceptId = json.urls().activity("accept", ReplayGuard.sha256(id(activity.path("id")) + now).substring(0, 24));
        String accept = json.activity("Accept", acceptId, activity, List.of(follower.id()), List.of()).toString();
        db.execute(handle -> {
            Daos.of(handle, FollowerDao.class).save(new Follower(follower.id(), follower.inbox(), follower.sharedInbox(),
                    follower.handle(), now));
            DeliveryDao queue = Daos.of(handle, DeliveryDao.class);
            queue.queue(queue.addActivity(accept, now), follower.inbox(), now);
        });
        wake.run();
        LOG.info("New follower {}", follower.handle());
        return "Follow";
    }

    private String undo(JsonNode object, RemoteActor actor) {
        String type = object.path("type").asText("");
        String objectId = id(object);
        if (type.equals("Follow")) {
            db.execute(handle -> Daos.of(handle, FollowerDao.class).remove(actor.id()));
            return "Undo Follow";
        }
        if (objectId == null) {
            return "ignored";
        }
        for (String kind : List.of("like", "announce")) {
            String page = db.jdbi().withExtension(FediverseReactionDao.class, dao -> dao.pageOf(objectId, actor.id(), kind)).orElse(null);
            if (page != null) {
                db.execute(handle -> {
                    FediverseReactionDao dao = Daos.of(handle, FediverseReactionDao.class);
                    long at = dao.createdAtOf(objectId, actor.id()).orElse(clock.millis());
                    dao.remove(objectId, actor.id());
                    if (kind.equals("like")) {
                        dao.removePageReaction(SITE, page, voter(actor));
                    } else { // taken off the day it was counted on
                        Daos.of(handle, ShareDao.class).add(SITE, page, Math.floorDiv(at, DAY), -1);
                    }
                    Daos.of(handle, ThreadDao.class).touch(SITE, page);
                });
                threads.invalidate(SITE, page);
                return "Undo " + (kind.equals("like") ? "Like" : "Announce");
            }
        }
        return "ignored";
    }

    /** An Accept or Reject of the blog's own Follow of {@code actor}. */
    private String accepted(JsonNode object, RemoteActor actor, boolean accepted) {
        int changed = db.write(handle -> accepted
                ? Daos.of(handle, FollowerDao.class).accepted(actor.id())
                : Daos.of(handle, FollowerDao.class).unfollowed(actor.id()));
        return changed == 0 ? "ignored" : accepted ? "Accept" : "Reject";
    }

    private String react(String kind, String activityId, JsonNode object, RemoteActor actor) {
        String target = id(object);
        var post = target == null ? null : db.jdbi().withExtension(PostDao.class, dao -> dao.byUrl(target)).orElse(null);
        if (post == null || activityId == null) {
            return "ignored";
        }
        long now = clock.millis();
        db.execute(handle -> {
            if (Daos.of(handle, FediverseReactionDao.class).add(activityId, kind, actor.id(), SITE, post.page(), now) == 1) {
                if (kind.equals("like")) {
                    Daos.of(handle, ReactionDao.class).react(SITE, post.page(), voter(actor), now); // a Like is a page reaction
                } else {
                    Daos.of(handle, ShareDao.class).add(SITE, post.page(), Math.floorDiv(now, DAY), 1); // a boost is a share
                }
            }
            ThreadDao threadDao = Daos.of(handle, ThreadDao.class);
            threadDao.insertIfAbsent(SITE, post.page(), now);
            threadDao.touch(SITE, post.page());
        });
        threads.invalidate(SITE, post.page());
        return kind.equals("like") ? "Like" : "Announce";
    }

    private String delete(JsonNode object, RemoteActor actor) {
        String target = id(object);
        if (actor.id().equals(target)) { // the account itself was deleted
            db.execute(handle -> Daos.of(handle, FollowerDao.class).remove(actor.id()));
            return "Delete actor";
        }
        return replies.delete(target, actor);
    }

    /** The voter a fediverse account is among page reactions. */
    static String voter(RemoteActor actor) {
        return "ap:" + actor.id();
    }

    /** An id given as a string, or as an object's {@code id}; null when neither. */
    static String id(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        JsonNode id = node.path("id");
        return id.isTextual() ? id.asText() : null;
    }
}
