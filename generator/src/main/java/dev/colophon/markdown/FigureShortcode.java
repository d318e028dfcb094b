package dev.colophon.markdown;

import java.util.Map;

/** Hugo's {@code figure}: an image with its link, title and caption. */
final class FigureShortcode implements Shortcode {
    @Override
    public String expand(ShortcodeCall call, ShortcodeContext context) {
        Map<String, String> args = call.args();
        String src = args.get("src");
        if (src == null) {
            return null;
        }
        StringBuilder html = new StringBuilder("<figure").append(attribute("class", args.get("class"))).append('>');
        String img = "<img src=\"" + CodeHighlighter.escape(src) + "\" alt=\""
                + CodeHighlighter.escape(args.getOrDefault("alt", args.getOrDefault("caption", ""))) + "\""
                + attribute("width", args.get("width")) + attribute("height", args.get("height")) + attribute("loading", "lazy") + ">";
        html.append(args.containsKey("link") ? "<a href=\"" + CodeHighlighter.escape(args.get("link")) + "\">" + img + "</a>" : img);
        String title = args.get("title");
        String caption = args.get("caption");
        if (title != null || caption != null) {
            html.append("<figcaption>");
            if (title != null) {
                html.append("<strong>").append(CodeHighlighter.escape(title)).append("</strong>");
            }
            if (caption != null) {
                html.append(title != null ? " " : "").append(CodeHighlighter.escape(caption));
            }
            html.append("</figcaption>");
        }
        return call.block(html.append("</figure>").toString());
    }

    private static String attribute(String name, String value) {
        return value == null ? "" : " " + name + "=\"" + CodeHighlighter.escape(value) + "\"";
    }
}
