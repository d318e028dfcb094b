package dev.colophon.comments.internal.spam;

import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.SpamConfig;
import dev.colophon.comments.internal.store.Status;

/**
 * Where a new comment goes: the one decision every new submission takes (a post, an edit, a web
 * reply). A high score goes to spam whatever the mode; otherwise {@code pre} holds, {@code post}
 * publishes, and {@code auto} publishes a known commenter and a first-timer with a very low score,
 * and holds the rest.
 */
public final class Screening {
    /** The decision with its grounds. */
    public record Verdict(Status status, SpamScore score, boolean knownAuthor) {
    }

    private final SpamFilter filter;
    private final SpamConfig config;
    private final Moderation moderation;

    public Screening(SpamFilter filter, SpamConfig config, Moderation moderation) {
        this.filter = filter;
        this.config = config;
        this.moderation = moderation;
    }

    public Verdict judge(Submission submission) {
        SpamScore score = filter.score(submission);
        if (score.score() >= config.spamAbove()) {
            return new Verdict(Status.SPAM, score, false);
        }
        return switch (moderation) {
            case PRE -> new Verdict(Status.PENDING, score, false);
            case POST -> new Verdict(Status.APPROVED, score, false);
            case AUTO -> {
                boolean known = filter.isKnownAuthor(submission.email());
                yield new Verdict(known || score.score() < config.publishBelow() ? Status.APPROVED : Status.PENDING, score, known);
            }
        };
    }

    public SpamFilter filter() {
        return filter;
    }
}
