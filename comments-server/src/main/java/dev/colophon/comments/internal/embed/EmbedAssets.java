package dev.colophon.comments.internal.embed;

import dev.colophon.comments.internal.api.RouteTable;
import dev.colophon.resources.Bundled;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The embed script and its stylesheet, read once from the jar. They are served at a versioned URL
 * ({@code /embed/colophon.VERSION.js}, cached for a year) and at a plain one (cached for minutes);
 * the version is a hash of both files, so the generator links pages to the exact build.
 */
public final class EmbedAssets {
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String SHORT = "public, max-age=300";
    private static final EmbedAssets BUNDLED = new EmbedAssets(Bundled.bytes("/embed/colophon.js"),
            Bundled.bytes("/embed/colophon.css"), Bundled.bytes("/embed/share.js"));

    private final byte[] script;
    private final byte[] style;
    private final byte[] share;
    private final String version;

    private EmbedAssets(byte[] script, byte[] style, byte[] share) {
        this.script = script;
        this.style = style;
        this.share = share;
        this.version = hash(script, style);
    }

    public static EmbedAssets bundled() {
        return BUNDLED;
    }

    public String version() {
        return version;
    }

    /** The script's path on the comment server, with its version. */
    public String scriptPath() {
        return "/embed/colophon." + version + ".js";
    }

    public byte[] script() {
        return script.clone();
    }

    public byte[] style() {
        return style.clone();
    }

    /** The share controls, which the embed loads on a reader's first click of "Share". */
    public byte[] share() {
        return share.clone();
    }

    public RouteTable routes() {
        RouteTable routes = new RouteTable();
        routes.get("/embed/colophon.js", ctx -> serve(ctx, script, "text/javascript", SHORT));
        routes.get("/embed/colophon.css", ctx -> serve(ctx, style, "text/css", SHORT));
        routes.get("/embed/share.js", ctx -> serve(ctx, share, "text/javascript", SHORT));
        routes.get("/embed/colophon." + version + ".js", ctx -> serve(ctx, script, "text/javascript", IMMUTABLE));
        routes.get("/embed/colophon." + version + ".css", ctx -> serve(ctx, style, "text/css", IMMUTABLE));
        return routes;
    }

    private static void serve(Context ctx, byte[] body, String type, String cache) {
        ctx.header("Cache-Control", cache)
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .contentType(type + "; charset=utf-8")
                .result(body);
    }
    private static String hash(byte[] a, byte[] b) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(a);
            digest.update(b);
            return HexFormat.of().formatHex(digest.digest(), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
