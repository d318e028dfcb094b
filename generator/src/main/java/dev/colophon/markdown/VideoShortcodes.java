package dev.colophon.markdown;

import java.util.regex.Pattern;

/**
 * Hugo's {@code youtube}, {@code vimeo} and {@code vimeo_simple}, Zola's {@code youtube()} and
 * {@code vimeo()}: a player from the privacy-enhanced hosts that set no cookies until played.
 */
final class VideoShortcodes implements Shortcode {
    static final Pattern ID = Pattern.compile("[\\w-]+");

    @Override
    public String expand(ShortcodeCall call, ShortcodeContext context) {
        String id = call.arg("id", 0);
        if (id == null || !ID.matcher(id).matches()) {
            return null;
        }
        boolean youtube = call.name().equals("youtube");
        String src = youtube ? "https://www.youtube-nocookie.com/embed/" + id : "https://player.vimeo.com/video/" + id + "?dnt=1";
        String title = call.args().getOrDefault("title", youtube ? "YouTube video" : "Vimeo video");
        return call.block("<div class=\"video\"><iframe src=\"" + src + "\" title=\"" + CodeHighlighter.escape(title)
                + "\" loading=\"lazy\" allow=\"fullscreen; picture-in-picture\" allowfullscreen></iframe></div>");
    }
}
