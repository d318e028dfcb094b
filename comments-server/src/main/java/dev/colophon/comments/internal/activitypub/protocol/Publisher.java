package dev.colophon.comments.internal.activitypub.protocol;

import dev.colophon.comments.internal.store.Daos;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.colophon.comments.internal.errors.FederationException;
import dev.colophon.comments.internal.errors.FederationException.Reason;
import dev.colophon.comments.internal.store.Database;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Learns of the site's posts from its built JSON Feed ({@code colophon publish} sends {@code feed.json}).
 * A post seen for the first time, published within {@link #FRESH} of now, goes to every follower as a
 * {@code Create}; a post whose text changed goes out as an {@code Update}. Older posts seen for the first
 * time (the backlog, when the fediverse is turned on) only join the outbox.
 */
public final class Publisher {
    static final Duration FRESH = Duration.ofDays(7);

    /** What one notification changed. */
    public record Result(int posts, int created, int updated, long deliveries) {
    }

    private final Database db;
    private final ActivityJson json;
    private final Clock clock;
    private final Runnable wake;

    public Publisher(Database db, ActivityJson json, Clock clock, Runnable wake) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.wake = wake;
    }

    public Result publish(JsonNode feed) {
        if (!feed.path("items").isArray() || !feed.path("version").asText().startsWith("https://jsonfeed.org/version/")) {
            throw new FederationException(Reason.BAD_REQUEST, "send the site's JSON Feed (feed.json, with version and items)");
        }
        List<PostRow> posts = new ArrayList<>();
        for (JsonNode item : feed.get("items")) {
            posts.add(post(item));
        }
        long now = clock.millis();
        int[] counts = new int[2];
        long deliveries = db.write(handle -> {
            PostDao posts0 = Daos.of(handle, PostDao.class);
            DeliveryDao queue = Daos.of(handle, DeliveryDao.class);
            FollowerDao followers = Daos.of(handle, FollowerDao.class);
            long queued = 0;
            for (PostRow post : posts) {
                PostRow known = posts0.byUrl(post.url()).orElse(null);
                posts0.save(post);
                String type = null;
                if (known == null && post.publishedAt() >= now - FRESH.toMillis()) {
                    type = "Create";
                    counts[0]++;
                } else if (known != null && changed(known, post)) {
                    type = "Update";
                    counts[1]++;
                }
                if (type != null) {
                    ObjectNode activity = json.activity(type, json.urls().activity(type.toLowerCase(), ReplayGuard.sha256(post.url() + now).substring(0, 24)),
                            json.post(post), List.of(ActivityJson.PUBLIC), List.of(json.urls().followers()));
                    long id = queue.addActivity(activity.toString(), now);
                    queued += followers.queueForAll(id, now);
                }
            }
            return queued;
        });
        if (deliveries > 0) {
            wake.run();
        }
        return new Result(posts.size(), counts[0], counts[1], deliveries);
    }

    private PostRow post(JsonNode item) {
        String url = item.path("url").asText(item.path("id").asText(""));
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FederationException(Reason.BAD_REQUEST, "a feed item's url is not a URL: " + url);
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new FederationException(Reason.BAD_REQUEST, "a feed item needs an absolute http(s) url (got '" + url + "')");
        }
        long published = time(item.path("date_published").asText(null), clock.millis());
        Long modified = item.hasNonNull("date_modified") ? time(item.get("date_modified").asText(), published) : null;
        List<String> tags = new ArrayList<>();
        item.path("tags").forEach(tag -> tags.add(tag.asText()));
        String title = item.path("title").asText("");
        String content = item.path("content_html").asText(item.path("content_text").asText(""));
        return new PostRow(url, uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(),
                title.isBlank() ? url : title, item.hasNonNull("summary") ? item.get("summary").asText() : null, content,
                String.join("\n", tags), item.hasNonNull("image") ? item.get("image").asText() : null, published, modified,
                clock.millis());
    }

    private static boolean changed(PostRow known, PostRow post) {
        return !known.content().equals(post.content()) || !known.title().equals(post.title())
                || !Objects.equals(known.summary(), post.summary());
    }

    private static long time(String iso, long fallback) {
        if (iso == null || iso.isBlank()) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new FederationException(Reason.BAD_REQUEST, "a feed item's date is not ISO 8601: " + iso);
        }
    }
}
