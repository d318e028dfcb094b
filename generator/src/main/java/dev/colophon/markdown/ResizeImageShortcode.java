package dev.colophon.markdown;

import java.util.Map;

/**
 * Zola's {@code {{ resize_image(path="…", width=…, height=…, op="…") }}}, a shortcode that sites
 * (Zola's own documentation among them) write around Zola's function of that name: the original
 * image, not resized, its size given to the browser where the operation fixes it, with a warning.
 * A site's ported template of the same name wins.
 */
final class ResizeImageShortcode implements Shortcode {
    private final Shortcode siteTemplates;

    ResizeImageShortcode(Shortcode siteTemplates) {
        this.siteTemplates = siteTemplates;
    }

    @Override
    public String expand(ShortcodeCall call, ShortcodeContext context) {
        if (context.own() != null && context.own().template(call.name()) != null) {
            return siteTemplates.expand(call, context);
        }
        Map<String, String> args = call.args();
        String path = args.get("path");
        if (path == null || path.isBlank()) {
            return null;
        }
        // Zola reads the path from the content folder or the static one; both keep it on the site.
        String src = path.contains("://") || path.startsWith("/") ? path : context.basePath() + "/" + path;
        String op = args.getOrDefault("op", "fill");
        String width = op.equals("scale") || op.equals("fit_width") ? size(args.get("width")) : null;
        String height = op.equals("scale") || op.equals("fit_height") ? size(args.get("height")) : null;
        context.approximated("writes the original image, not resized (" + op + " " + args.getOrDefault("width", "?") + "x"
                + args.getOrDefault("height", "?") + "); resize it beforehand or port templates/shortcodes/" + call.name() + ".peb");
        return call.block("<img src=\"" + CodeHighlighter.escape(src) + "\" alt=\"\""
                + (width != null ? " width=\"" + width + "\"" : "") + (height != null ? " height=\"" + height + "\"" : "") + " loading=\"lazy\">");
    }

    /** A size in pixels, or null for none (Zola's 0) or one that is not a number. */
    private static String size(String value) {
        return value != null && value.matches("[1-9][0-9]{0,4}") ? value : null;
    }
}
