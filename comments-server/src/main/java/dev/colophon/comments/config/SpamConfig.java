package dev.colophon.comments.config;

/**
 * How the spam filter sorts new comments (docs/spam.md).
 *
 * @param spamAbove a score at or above this goes to the spam folder, in every moderation mode
 * @param publishBelow under {@code moderation: auto}, a first-time commenter below this is published at once
 * @param language the site's language (ISO 639-1), for the script and language signals
 * @param proofOfWork whether posting needs the widget's proof of work
 * @param proofOfWorkMax the largest secret number of a challenge: the browser tries half of them on average
 */
public record SpamConfig(double spamAbove, double publishBelow, String language, boolean proofOfWork, int proofOfWorkMax) {

    public static SpamConfig defaults() {
        return new SpamConfig(0.9, 0.1, "en", false, 100_000);
    }

    public SpamConfig withProofOfWork(int max) {
        return new SpamConfig(spamAbove, publishBelow, language, true, max);
    }
}
