package dev.colophon.comments.internal.activitypub.protocol;

/** Finds the account behind a signature's keyId: from the cache, else by fetching its actor. */
public interface KeyResolver {

    /** The actor owning the key; {@code fresh} skips the cache (the key may have been rotated). */
    RemoteActor actorForKey(String keyId, boolean fresh);
}
