package dev.colophon.comments.internal.activitypub.protocol;

/**
 * A fediverse account as its server describes it: where to deliver, how to show it, the key it signs with.
 *
 * @param handle {@code @alice@example.social}
 * @param url the profile page people open, or null
 */
public record RemoteActor(String id, String keyId, String publicKeyPem, String inbox, String sharedInbox, String handle,
                          String name, String url, long fetchedAt) {

    /** Where deliveries for this account go: its server's shared inbox when it has one. */
    public String deliveryInbox() {
        return sharedInbox != null ? sharedInbox : inbox;
    }

    /** The name to show beside a comment. */
    public String displayName() {
        return name == null || name.isBlank() ? handle : name;
    }
}
