package dev.colophon.comments.internal.thread;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.colophon.comments.internal.spam.ProofOfWork;

/**
 * A new comment or reply as posted by a reader.
 *
 * @param site which site the page belongs to; null means "default"
 * @param parent the id of the comment replied to, or null
 * @param hp the honeypot: a form field hidden from people, so only bots fill it
 * @param notify email the author when someone replies (needs the email)
 * @param elapsed milliseconds from the page's load to the submit, as the widget measured them (a spam signal)
 * @param pow the widget's proof of work, when the server asks for one
 */
public record CommentRequest(String page, String site, String body, String author, String email, String website,
                             Long parent, String hp, @JsonProperty("notify") Boolean notifyReplies, Long elapsed,
                             ProofOfWork.Solution pow) {

    /** A request without the widget's extras (time to submit, proof of work). */
    public CommentRequest(String page, String site, String body, String author, String email, String website,
                          Long parent, String hp, Boolean notifyReplies) {
        this(page, site, body, author, email, website, parent, hp, notifyReplies, null, null);
    }

    public boolean honeypotFilled() {
        return hp != null && !hp.isBlank();
    }

    public boolean wantsReplies() {
        return Boolean.TRUE.equals(notifyReplies);
    }
}
