package dev.colophon.comments.config;

/** When new comments become public: after an admin approves them ({@code pre}) or at once ({@code post}). */
public enum Moderation {
    PRE, POST;

    public static Moderation parse(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "pre" -> PRE;
            case "post" -> POST;
            default -> throw new IllegalArgumentException("must be pre or post");
        };
    }
}
