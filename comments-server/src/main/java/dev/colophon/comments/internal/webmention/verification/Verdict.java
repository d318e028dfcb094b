package dev.colophon.comments.internal.webmention.verification;

import dev.colophon.comments.internal.webmention.SourceEntry;

/**
 * What verifying a source found: it links to the target (with what its h-entry says), it does not or is
 * gone (anything it caused is removed), or it could not be reached this time (tried again later).
 */
public record Verdict(Outcome outcome, String message, SourceEntry entry) {

    /** The three ways a verification ends. */
    public enum Outcome { ACCEPT, REFUSE, RETRY }

    static Verdict accept(SourceEntry entry) {
        return new Verdict(Outcome.ACCEPT, null, entry);
    }

    static Verdict refuse(String message) {
        return new Verdict(Outcome.REFUSE, message, null);
    }

    static Verdict retry(String message) {
        return new Verdict(Outcome.RETRY, message, null);
    }
}
