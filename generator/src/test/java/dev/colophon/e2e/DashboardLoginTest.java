package dev.colophon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.AdminPassword;
import dev.colophon.comments.CommentServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** Before login the dashboard shows its login form and nothing else, and says how to set a password when none is. */
class DashboardLoginTest {
    @TempDir
    Path tmp;

    @Test
    void beforeLoginOnlyTheLoginFormShows() {
        try (CommentServer server = start(AdminPassword.hash("secret words")); Browser author = Browser.start()) {
            author.open("http://127.0.0.1:" + server.port() + "/admin/");
            author.await("#password");
            assertThat(author.driver.findElement(By.id("controls")).isDisplayed()).isFalse();
            assertThat(author.driver.findElement(By.id("logout")).isDisplayed()).isFalse();
            assertThat(author.driver.findElement(By.id("app")).isDisplayed()).isFalse();
            assertThat(author.driver.findElement(By.id("no-password")).isDisplayed()).isFalse();
            assertThat(author.uncaughtErrors()).isEmpty();
        }
    }

    @Test
    void withOnlyAnAdminTokenTheLoginSaysHowToSetAPassword() throws Exception {
        try (CommentServer server = start(null); Browser author = Browser.start()) {
            author.open("http://127.0.0.1:" + server.port() + "/admin/");
            author.awaitText("#no-password", "colophon comments hash-password");
            assertThat(author.driver.findElement(By.id("password")).isEnabled()).isFalse();
            assertThat(author.driver.findElement(By.id("controls")).isDisplayed()).isFalse();

            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/v1/admin/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"guess\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(409);
            assertThat(login.body()).contains("no_password").contains("admin_password_hash").doesNotContain("wrong password");
        }
    }

    private CommentServer start(String passwordHash) {
        return CommentServer.start(ServerConfig.builder().listen("127.0.0.1", 0).database(tmp.resolve("comments.db").toString())
                .origins(List.of("http://127.0.0.1:1")).admin("token-only-0123456789", passwordHash).moderation(Moderation.PRE).limits(Limits.defaults()).build());
    }
}
