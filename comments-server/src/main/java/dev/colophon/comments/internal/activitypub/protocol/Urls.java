package dev.colophon.comments.internal.activitypub.protocol;

import java.net.URI;
import java.util.function.Supplier;

/**
 * The blog actor's addresses. The base is {@code fediverse_url}, else {@code public_url}, else the
 * server's own address once it listens (hence a supplier).
 *
 * @param site the site's origin: posts' canonical URLs start with it
 */
public record Urls(Supplier<String> base, String site, String account) {

    public String actor() {
        return base.get() + "/ap/actor";
    }

    public String keyId() {
        return actor() + "#main-key";
    }

    public String inbox() {
        return base.get() + "/ap/inbox";
    }

    public String outbox() {
        return base.get() + "/ap/outbox";
    }

    public String followers() {
        return base.get() + "/ap/followers";
    }

    public String following() {
        return base.get() + "/ap/following";
    }

    /** A new id for an activity the blog sends. */
    public String activity(String kind, String key) {
        return base.get() + "/ap/activities/" + kind + "/" + key;
    }

    /** The id under which an approved comment federates as a Note. */
    public String comment(long id) {
        return base.get() + "/ap/comments/" + id;
    }

    /** The hosts (with port when not the default) that {@code acct:NAME@HOST} may name: the site's and the server's. */
    public java.util.Set<String> hosts() {
        return java.util.Set.of(HttpSigner.authority(URI.create(site)), HttpSigner.authority(URI.create(base.get())));
    }

    /** The handle people follow: {@code @blog@blog.example}. */
    public String handle() {
        return "@" + account + "@" + HttpSigner.authority(URI.create(site));
    }
}
