package dev.colophon.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's comment server takes the site's language, so its dashboard writes dates as the site does. */
class PreviewLanguageTest {
    @TempDir
    Path tmp;

    @Test
    void thePreviewsDashboardIsInTheSitesLanguage() throws Exception {
        Path site = tmp.resolve("site");
        dev.colophon.e2e.SiteUnderTest.copyContent(site);
        Path settings = site.resolve("site.yml");
        Files.writeString(settings, Files.readString(settings).replace("language: en", "language: de-CH"));
        try (PreviewServer server = PreviewServer.start(site, 0, Clock.systemUTC(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "/admin/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html lang=\"de\">");
        }
    }

    @Test
    void aSiteWhoseSettingsCannotBeReadGetsAnEnglishDashboard() {
        assertThat(PreviewServer.siteLanguage(tmp.resolve("no-site-here"))).isEqualTo("en");
    }
}
