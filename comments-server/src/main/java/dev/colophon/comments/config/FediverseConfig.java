package dev.colophon.comments.config;

/**
 * How the blog appears on the fediverse (docs/activitypub.md).
 *
 * @param account the account name: {@code @account@host} ({@code fediverse_account})
 * @param url the public origin under which this server's {@code /ap/} paths are reachable, or null for
 *            {@code public_url}, else the server's own address
 * @param name the actor's display name, or null for the site's host
 * @param objectType how posts federate: {@code Article} (title, summary, full text) or {@code Note}
 * @param federateComments send approved comments back to the fediverse as replies from the blog
 * @param inboxPerMinute inbox requests one remote server may make a minute (0: no limit)
 */
public record FediverseConfig(String account, String url, String name, String summary, String icon,
                              ObjectType objectType, boolean federateComments, int inboxPerMinute) {

    /** The ActivityStreams type posts are sent as. */
    public enum ObjectType {
        ARTICLE("Article"), NOTE("Note");

        private final String type;

        ObjectType(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }

        public static ObjectType parse(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "article" -> ARTICLE;
                case "note" -> NOTE;
                default -> throw new IllegalArgumentException("must be article or note");
            };
        }
    }

    public static FediverseConfig defaults() {
        return new FediverseConfig("blog", null, null, null, null, ObjectType.ARTICLE, false, 300);
    }

    public FediverseConfig withUrl(String origin) {
        return new FediverseConfig(account, origin, name, summary, icon, objectType, federateComments, inboxPerMinute);
    }
}
