package dev.colophon.comments.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colophon.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigReaderTest {
    @TempDir
    Path tmp;

    @Test
    void missingSettingsAreAllListedAtOnce() {
        assertThatThrownBy(() -> new ServerConfigReader().read(null, Map.of(), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.startsWith("origins"))
                        .anyMatch(p -> p.startsWith("admin_token or admin_password_hash is required")));
    }

    @Test
    void invalidValuesNameTheirSource() {
        Map<String, String> env = Map.of("COLOPHON_ORIGINS", "https://ok.example,not a url",
                "COLOPHON_ADMIN_TOKEN", "short", "COLOPHON_PORT", "http");
        assertThatThrownBy(() -> new ServerConfigReader().read(null, env, Map.of("moderation", "later")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "origins (from environment COLOPHON_ORIGINS) 'not a url' is not an origin like https://blog.example (scheme, host, optional port)",
                        "admin_token (from environment COLOPHON_ADMIN_TOKEN) must be at least 16 characters long",
                        "port (from environment COLOPHON_PORT) 'http' is not valid (expected a whole number)",
                        "moderation (from flag --moderation) 'later' is not valid: must be pre or post"));
    }

    @Test
    void fileThenEnvironmentThenFlagsWin() throws Exception {
        Path file = tmp.resolve("comments.yml");
        Files.writeString(file, """
                port: 9000
                database: from-file.db
                origins: [https://a.example, https://b.example/]
                admin_token: file-token-0123456789
                edit_window_minutes: 30
                """);
        ServerConfig config = new ServerConfigReader().read(file, Map.of("COLOPHON_PORT", "9100"), Map.of("database", "flag.db"));
        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.database()).isEqualTo("flag.db");
        assertThat(config.origins()).isEqualTo(List.of("https://a.example", "https://b.example"));
        assertThat(config.editWindow()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.moderation()).isEqualTo(Moderation.PRE);
    }

    @Test
    void aSettingsFileBeyondYamlsLimitsIsAConfigErrorNamingIt() throws Exception {
        Path file = tmp.resolve("laughs.yml");
        Files.writeString(file, "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [" + "*a, ".repeat(60) + "*a]\n");
        assertThatThrownBy(() -> new ServerConfigReader().read(file, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("laughs.yml").hasMessageContaining("too complex");
    }

    @Test
    void theCommentedSampleFileIsValidOnceAnAdminSecretIsGiven() {
        ServerConfig config = new ServerConfigReader().read(Path.of("comments.sample.yml"),
                Map.of("COLOPHON_ADMIN_TOKEN", "sample-token-0123456789"), Map.of());
        assertThat(config.origins()).containsExactly("http://localhost:8080");
        assertThat(config.moderation()).isEqualTo(Moderation.PRE);
        assertThat(config.stats().flushInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void unknownKeyInTheFileIsAnError() throws Exception {
        Path file = tmp.resolve("comments.yml");
        Files.writeString(file, "origins: [https://a.example]\nadmin_token: file-token-0123456789\nmoderaton: post\n");
        assertThatThrownBy(() -> new ServerConfigReader().read(file, Map.of(), Map.of()))
                .hasMessageContaining("comments.yml:3: unknown setting 'moderaton'");
    }
}
