package dev.colophon.comments.internal.activitypub.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.colophon.comments.config.FediverseConfig;
import java.time.Instant;
import java.util.List;

/** The JSON the blog publishes: its actor and posts, and the activities it sends. */
public final class ActivityJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    public static final String CONTEXT = "https://www.w3.org/ns/activitystreams";
    public static final String MEDIA_TYPE = "application/activity+json";

    private final Urls urls;
    private final FediverseConfig config;
    private final java.time.Clock clock;

    public ActivityJson(Urls urls, FediverseConfig config, java.time.Clock clock) {
        this.urls = urls;
        this.config = config;
        this.clock = clock;
    }

    public ObjectNode actor(String publicKeyPem) {
        ObjectNode actor = MAPPER.createObjectNode();
        ArrayNode context = actor.putArray("@context");
        context.add(CONTEXT).add("https://w3id.org/security/v1");
        actor.put("id", urls.actor());
        actor.put("type", "Person");
        actor.put("preferredUsername", urls.account());
        actor.put("name", config.name() != null ? config.name() : java.net.URI.create(urls.site()).getHost());
        actor.put("summary", config.summary() == null ? "" : "<p>" + org.jsoup.nodes.Entities.escape(config.summary()) + "</p>");
        actor.put("url", urls.site() + "/");
        actor.put("inbox", urls.inbox());
        actor.put("outbox", urls.outbox());
        actor.put("followers", urls.followers());
        actor.put("following", urls.following());
        actor.put("manuallyApprovesFollowers", false);
        actor.put("discoverable", true);
        actor.putObject("endpoints").put("sharedInbox", urls.inbox());
        if (config.icon() != null) {
            actor.putObject("icon").put("type", "Image").put("url", config.icon());
        }
        ObjectNode key = actor.putObject("publicKey");
        key.put("id", urls.keyId()).put("owner", urls.actor()).put("publicKeyPem", publicKeyPem);
        return actor;
    }

    /** A post as an Article (or Note): id and url its canonical URL. */
    public ObjectNode post(PostRow post) {
        ObjectNode object = MAPPER.createObjectNode();
        object.put("id", post.url());
        object.put("type", config.objectType().type());
        object.put("url", post.url());
        object.put("attributedTo", urls.actor());
        object.putArray("to").add(PUBLIC);
        object.putArray("cc").add(urls.followers());
        object.put("published", Instant.ofEpochMilli(post.publishedAt()).toString());
        if (post.updatedAt() != null && post.updatedAt() > post.publishedAt()) {
            object.put("updated", Instant.ofEpochMilli(post.updatedAt()).toString());
        }
        if (config.objectType() == FediverseConfig.ObjectType.ARTICLE) {
            object.put("name", post.title());
            if (post.summary() != null) {
                object.put("summary", post.summary());
            }
            object.put("content", post.content());
        } else { // a Note shows in timelines as it is: the title as a link, then the summary
            String summary = post.summary() == null ? "" : "<p>" + org.jsoup.nodes.Entities.escape(post.summary()) + "</p>";
            object.put("content", "<p><a href=\"" + org.jsoup.nodes.Entities.escape(post.url()) + "\">"
                    + org.jsoup.nodes.Entities.escape(post.title()) + "</a></p>" + summary);
        }
        ArrayNode tags = object.putArray("tag");
        for (String tag : post.tagList()) {
            tags.addObject().put("type", "Hashtag").put("name", "#" + tag.replaceAll("\\s+", ""));
        }
        ArrayNode attachments = object.putArray("attachment");
        for (PostImages.Image image : PostImages.in(post.content(), post.image())) {
            ObjectNode attachment = attachments.addObject().put("type", "Image").put("url", image.url());
            if (image.alt() != null) {
                attachment.put("name", image.alt());
            }
        }
        return object;
    }

    /** An activity from the blog around an object. */
    public ObjectNode activity(String type, String id, Object object, List<String> to, List<String> cc) {
        ObjectNode activity = MAPPER.createObjectNode();
        activity.put("@context", CONTEXT);
        activity.put("id", id);
        activity.put("type", type);
        activity.put("actor", urls.actor());
        activity.put("published", clock.instant().toString());
        activity.set("object", MAPPER.valueToTree(object));
        ArrayNode toArray = activity.putArray("to");
        to.forEach(toArray::add);
        ArrayNode ccArray = activity.putArray("cc");
        cc.forEach(ccArray::add);
        return activity;
    }

    /** An OrderedCollection with its total, optionally with its items. */
    public ObjectNode collection(String id, long total, List<? extends Object> items) {
        ObjectNode collection = MAPPER.createObjectNode();
        collection.put("@context", CONTEXT);
        collection.put("id", id);
        collection.put("type", "OrderedCollection");
        collection.put("totalItems", total);
        if (items != null) {
            collection.set("orderedItems", MAPPER.valueToTree(items));
        }
        return collection;
    }

    public Urls urls() {
        return urls;
    }
}
