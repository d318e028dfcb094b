package dev.colophon.comments;

import dev.colophon.comments.internal.embed.EmbedAssets;

/** The embed widget this server serves: what a build links its pages to. */
public final class Embed {
    private Embed() {
    }

    /** The widget's version: a hash of its script and stylesheet, so pages link to the exact build. */
    public static String version() {
        return EmbedAssets.bundled().version();
    }

    /** The script's versioned path on the comment server ({@code /embed/colophon.VERSION.js}). */
    public static String scriptPath() {
        return EmbedAssets.bundled().scriptPath();
    }
}
