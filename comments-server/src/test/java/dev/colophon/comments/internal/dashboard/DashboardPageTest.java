package dev.colophon.comments.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.SpamConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's page, whose {@code lang} sets the language its script writes dates in. */
class DashboardPageTest {
    @TempDir
    Path tmp;

    @Test
    void theDashboardIsInTheSitesLanguageSoItsDatesAreWrittenAsTheSiteWritesThem() {
        SpamConfig german = new SpamConfig(0.9, 0.1, "de", false, 100_000);
        try (TestServer server = new TestServer(TestServer.config(tmp.resolve("c.db").toString(), TestServer.ORIGIN,
                Moderation.PRE).toBuilder().spam(german).build())) {
            TestServer.Response page = server.get("/admin/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text()).contains("<html lang=\"de\">").doesNotContain("lang=\"en\"");
        }
    }

    @Test
    void withoutASiteLanguageTheDashboardIsInEnglish() {
        try (TestServer server = new TestServer(TestServer.config(tmp.resolve("c.db").toString(), TestServer.ORIGIN,
                Moderation.PRE))) {
            assertThat(server.get("/admin/").text()).contains("<html lang=\"en\">");
        }
    }
}
