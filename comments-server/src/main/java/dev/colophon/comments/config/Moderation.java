package dev.colophon.comments.config;

/**
 * When new comments become public: after an admin approves them ({@code pre}), at once ({@code post}),
 * or as the spam filter and the author's record say ({@code auto}, the default: see docs/spam.md).
 */
public enum Moderation {
    PRE, POST, AUTO;

    public static Moderation parse(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "pre" -> PRE;
            case "post" -> POST;
            case "auto" -> AUTO;
            default -> throw new IllegalArgumentException("must be auto, pre or post");
        };
    }
}
