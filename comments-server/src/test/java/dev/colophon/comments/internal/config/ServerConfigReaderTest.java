package dev.colophon.comments.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colophon.comments.config.MailConfig;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import dev.colophon.config.ConfigException;
import dev.colophon.config.Problem;
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
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.messages())
                        .anyMatch(p -> p.startsWith("origins"))
                        .anyMatch(p -> p.startsWith("admin_token or admin_password_hash is required")));
    }

    @Test
    void invalidValuesNameTheirSource() {
        Map<String, String> env = Map.of("COLOPHON_ORIGINS", "https://ok.example,not a url",
                "COLOPHON_ADMIN_TOKEN", "short", "COLOPHON_PORT", "http");
        assertThatThrownBy(() -> new ServerConfigReader().read(null, env, Map.of("moderation", "later")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.messages()).containsExactlyInAnyOrder(
                        "origins (from environment COLOPHON_ORIGINS) 'not a url' is not an origin like https://blog.example (scheme, host, optional port)",
                        "admin_token (from environment COLOPHON_ADMIN_TOKEN) must be at least 16 characters long",
                        "port (from environment COLOPHON_PORT) 'http' is not valid (expected a whole number)",
                        "moderation (from flag --moderation) 'later' is not valid: must be auto, pre or post"));
    }

    @Test
    void mailNeedsASenderAndAPublicUrlAndKeepsItsPasswordFromTheEnvironment() {
        Map<String, String> base = Map.of("COLOPHON_ORIGINS", "https://blog.example", "COLOPHON_ADMIN_TOKEN", "test-token-0123456789");
        Map<String, String> incomplete = new java.util.HashMap<>(base);
        incomplete.putAll(Map.of("COLOPHON_SMTP_HOST", "smtp.example", "COLOPHON_NOTIFY_EMAIL", "not-an-address",
                "COLOPHON_SMTP_SECURITY", "ssl"));
        assertThatThrownBy(() -> new ServerConfigReader().read(null, incomplete, Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.messages()).hasSize(4)
                        .anyMatch(p -> p.startsWith("mail_from (from default) is required with smtp_host"))
                        .anyMatch(p -> p.startsWith("public_url (from default) is required with smtp_host"))
                        .anyMatch(p -> p.contains("'not-an-address' is not an email address"))
                        .anyMatch(p -> p.contains("must be starttls, tls or none")));

        Map<String, String> complete = new java.util.HashMap<>(base);
        complete.putAll(Map.of("COLOPHON_SMTP_HOST", "smtp.example", "COLOPHON_MAIL_FROM", "comments@blog.example",
                "COLOPHON_PUBLIC_URL", "https://comments.blog.example/", "COLOPHON_SMTP_USERNAME", "mailer",
                "COLOPHON_SMTP_PASSWORD", "secret"));
        MailConfig mail = new ServerConfigReader().read(null, complete, Map.of()).mail();
        assertThat(mail.enabled()).isTrue();
        assertThat(mail.publicUrl()).isEqualTo("https://comments.blog.example");
        assertThat(mail.password()).isEqualTo("secret");
        assertThat(mail.smtpPort()).isEqualTo(587);
        assertThat(new ServerConfigReader().read(null, base, Map.of()).mail().enabled()).isFalse();
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
        assertThat(config.moderation()).isEqualTo(Moderation.AUTO);
    }

    @Test
    void fetchAllowHostsIsEmptyByDefaultAListInTheFileAndCommaSeparatedInTheEnvironment() throws Exception {
        Map<String, String> base = Map.of("COLOPHON_ORIGINS", "https://blog.example", "COLOPHON_ADMIN_TOKEN", "env-token-0123456789");
        assertThat(new ServerConfigReader().read(null, base, Map.of()).fetchAllowHosts()).isEmpty();
        Path file = tmp.resolve("fetch.yml");
        Files.writeString(file, "fetch_allow_hosts: [localhost, \"127.0.0.1:8080\", \"[::1]:9000\"]\n");
        assertThat(new ServerConfigReader().read(file, base, Map.of()).fetchAllowHosts())
                .containsExactly("localhost", "127.0.0.1:8080", "[::1]:9000");
        Map<String, String> env = new java.util.HashMap<>(base);
        env.put("COLOPHON_FETCH_ALLOW_HOSTS", "intranet.local, 10.0.0.5:8443");
        assertThat(new ServerConfigReader().read(file, env, Map.of()).fetchAllowHosts())
                .containsExactly("intranet.local", "10.0.0.5:8443");
        env.put("COLOPHON_FETCH_ALLOW_HOSTS", "http://bad.example/");
        assertThatThrownBy(() -> new ServerConfigReader().read(null, env, Map.of()))
                .hasMessageContaining("fetch_allow_hosts (from environment COLOPHON_FETCH_ALLOW_HOSTS)")
                .hasMessageContaining("not a host or host:port");
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
        assertThat(config.moderation()).isEqualTo(Moderation.AUTO);
        assertThat(config.stats().flushInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.spam().spamAbove()).isEqualTo(0.9);
        assertThat(config.spam().proofOfWork()).isFalse();
    }

    @Test
    void unknownKeyInTheFileIsAnError() throws Exception {
        Path file = tmp.resolve("comments.yml");
        Files.writeString(file, "origins: [https://a.example]\nadmin_token: file-token-0123456789\nmoderaton: post\n");
        assertThatThrownBy(() -> new ServerConfigReader().read(file, Map.of(), Map.of()))
                .hasMessageContaining("comments.yml:3: unknown setting 'moderaton'");
    }

    @Test
    void aMisspeltKeyNamesTheFileTheLineAndTheNearestKnownKey() throws Exception {
        Path file = tmp.resolve("comments.yml");
        Files.writeString(file, "origins: [https://a.example]\nadmin_token: file-token-0123456789\nmoderaton: post\n");
        assertThatThrownBy(() -> new ServerConfigReader().read(file, Map.of(), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    Problem problem = e.problems().get(0);
                    assertThat(problem.file()).isEqualTo(file);
                    assertThat(problem.line()).isEqualTo(3);
                    assertThat(problem.message()).startsWith("unknown setting 'moderaton'; did you mean 'moderation'?");
                });
    }

    @Test
    void aBadValueInTheFileIsLocatedAtItsLineUnlessTheEnvironmentOverridesIt() throws Exception {
        Path file = tmp.resolve("comments.yml");
        Files.writeString(file, "origins: [https://a.example]\nport: http\nadmin_token: file-token-0123456789\n");
        assertThatThrownBy(() -> new ServerConfigReader().read(file, Map.of(), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem(file, 2, "port 'http' is not valid (expected a whole number)")));
        assertThat(new ServerConfigReader().read(file, Map.of("COLOPHON_PORT", "9100"), Map.of()).port()).isEqualTo(9100);
    }

    @Test
    void everyMissingRequiredValueIsListedAtOnceWithItsEnvironmentVariable() {
        assertThatThrownBy(() -> new ServerConfigReader().read(null, Map.of("COLOPHON_SMTP_HOST", "smtp.example"), Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).allMatch(p -> !p.located());
                    assertThat(e.messages()).hasSize(4)
                            .anyMatch(p -> p.startsWith("origins (from default) is required") && p.contains("COLOPHON_ORIGINS="))
                            .anyMatch(p -> p.startsWith("admin_token or admin_password_hash is required (COLOPHON_ADMIN_TOKEN"))
                            .anyMatch(p -> p.startsWith("mail_from (from default) is required with smtp_host"))
                            .anyMatch(p -> p.startsWith("public_url (from default) is required with smtp_host"));
                });
    }

    @Test
    void theSampleFileDocumentsEverySettingWithItsDefault() throws Exception {
        String sample = Files.readString(Path.of("comments.sample.yml"));
        assertThat(ServerConfigReader.KEYS).allSatisfy(key ->
                assertThat(sample).containsPattern("(?m)^(# )?" + key + ":"));
        ServerConfig read = new ServerConfigReader().read(Path.of("comments.sample.yml"),
                Map.of("COLOPHON_ADMIN_TOKEN", "sample-token-0123456789"), Map.of());
        assertThat(read).isEqualTo(ServerConfig.builder().origins(List.of("http://localhost:8080"))
                .admin("sample-token-0123456789", null).build());
    }
}
