package dev.colophon.markdown;

/**
 * Hugo's {@code gist}, {@code tweet}/{@code x} and {@code instagram}, and jekyll-gist's {@code {% gist %}}:
 * plain links to the post, since the theme loads nothing from third parties.
 */
final class EmbedLinkShortcodes implements Shortcode {
    @Override
    public String expand(ShortcodeCall call, ShortcodeContext context) {
        return switch (call.name()) {
            case "gist" -> call.syntax() == ShortcodeSyntax.LIQUID ? liquidGist(call) : gist(call, call.arg("user", 0), call.arg("id", 1));
            case "tweet", "x" -> post(call);
            case "instagram" -> link(call, "https://www.instagram.com/p/", call.arg("id", 0), "/", "Instagram post");
            default -> null;
        };
    }

    /** jekyll-gist's {@code {% gist user/id [file] %}}. */
    private static String liquidGist(ShortcodeCall call) {
        String[] path = call.arguments().strip().split("\\s+")[0].split("/");
        return path.length == 2 ? gist(call, path[0], path[1]) : null;
    }

    /** Hugo's {@code gist USER ID [FILE]}: a link to the gist rather than GitHub's script. */
    private static String gist(ShortcodeCall call, String user, String id) {
        if (user == null || !VideoShortcodes.ID.matcher(user).matches()) {
            return null;
        }
        return link(call, "https://gist.github.com/" + user + "/", id, "", "Gist " + user + "/" + id);
    }

    /** Hugo's {@code tweet user="…" id="…"} (or the older {@code tweet ID}): a link to the post on X. */
    private static String post(ShortcodeCall call) {
        String user = call.args().get("user");
        if (user != null && !VideoShortcodes.ID.matcher(user).matches()) {
            return null;
        }
        String base = user == null ? "https://x.com/i/status/" : "https://x.com/" + user + "/status/";
        return link(call, base, call.arg("id", 0), "", user == null ? "Post on X" : "Post by @" + user + " on X");
    }

    /** A link to an embed's page, when its id is a plain id: {@code <p class="embed"><a …>label</a></p>}. */
    private static String link(ShortcodeCall call, String prefix, String id, String suffix, String label) {
        if (id == null || !VideoShortcodes.ID.matcher(id).matches()) {
            return null;
        }
        String a = "<a class=\"embed\" href=\"" + CodeHighlighter.escape(prefix + id + suffix) + "\">" + CodeHighlighter.escape(label) + "</a>";
        return call.alone() ? call.block("<p>" + a + "</p>") : a;
    }
}
