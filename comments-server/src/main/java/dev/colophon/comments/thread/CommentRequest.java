package dev.colophon.comments.thread;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A new comment or reply as posted by a reader.
 *
 * @param site which site the page belongs to; null means "default"
 * @param parent the id of the comment replied to, or null
 * @param hp the honeypot: a form field hidden from people, so only bots fill it
 * @param notify email the author when someone replies (needs the email)
 */
public record CommentRequest(String page, String site, String body, String author, String email, String website,
                             Long parent, String hp, @JsonProperty("notify") Boolean notifyReplies) {

    public boolean wantsReplies() {
        return Boolean.TRUE.equals(notifyReplies);
    }
}
