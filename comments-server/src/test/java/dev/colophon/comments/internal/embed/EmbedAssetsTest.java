package dev.colophon.comments.internal.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbedAssetsTest {
    /** The budget of the issue: script and stylesheet together, gzipped. Isso's embed is about 20 KB. */
    static final int BUDGET_BYTES = 12 * 1024;
    /** The share controls, loaded on first use. */
    static final int SHARE_BUDGET_BYTES = 3 * 1024;

    @TempDir
    Path tmp;

    @Test
    void scriptAndStylesheetStayWithinTheSizeBudget() throws IOException {
        EmbedAssets assets = EmbedAssets.bundled();
        int size = gzipped(assets.script()) + gzipped(assets.style());
        assertThat(size).as("gzipped size of colophon.js + colophon.css").isLessThanOrEqualTo(BUDGET_BYTES);
    }

    @Test
    void theShareCodeLoadsOnFirstUseAndStaysSmall() throws IOException {
        // What a page loads is the budget above; the share code comes only when a reader clicks "Share",
        // as the webmention issue allows, and has a small budget of its own.
        EmbedAssets assets = EmbedAssets.bundled();
        assertThat(gzipped(assets.share())).as("gzipped size of share.js").isLessThanOrEqualTo(SHARE_BUDGET_BYTES);
        assertThat(new String(assets.script(), java.nio.charset.StandardCharsets.UTF_8))
                .as("the share code is not in the embed, only its loader").doesNotContain("navigator.share");
    }

    @Test
    void theShareCodeIsServedBesideTheEmbed() {
        try (TestServer server = TestServer.open(tmp, Moderation.POST)) {
            var share = server.get("/embed/share.js");
            assertThat(share.header("Content-Type")).startsWith("text/javascript");
            assertThat(share.text()).contains("window.ColophonShare");
        }
    }

    @Test
    void versionedUrlsAreCachedForAYearAndPlainOnesBriefly() {
        try (TestServer server = TestServer.open(tmp, Moderation.POST)) {
            EmbedAssets assets = EmbedAssets.bundled();
            var versioned = server.get(assets.scriptPath());
            assertThat(versioned.status()).isEqualTo(200);
            assertThat(versioned.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
            assertThat(versioned.header("Content-Type")).startsWith("text/javascript");
            assertThat(versioned.text()).contains("window.Colophon");
            var css = server.get(assets.scriptPath().replace(".js", ".css"));
            assertThat(css.header("Content-Type")).startsWith("text/css");
            assertThat(server.get("/embed/colophon.js").header("Cache-Control")).isEqualTo("public, max-age=300");
        }
    }

    private static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
