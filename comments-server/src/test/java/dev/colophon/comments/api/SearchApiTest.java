package dev.colophon.comments.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class SearchApiTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.open(backend, tmp, Moderation.PRE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readersFindApprovedCommentsByAllTheirWordsAndNeverPendingOnes() {
        String approved = server.comment("/posts/a/", "Sourdough needs a patient Starter", null).get("id").asText();
        server.post("/api/v1/admin/comments/" + approved + "/approve", "", server.admin());
        server.comment("/posts/b/", "A pending sourdough starter question", null);

        JsonNode found = server.get("/api/v1/search?q=starter%20SOURDOUGH").json().get("comments");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asText()).isEqualTo(approved);
        assertThat(found.get(0).get("page").asText()).isEqualTo("/posts/a/");
        assertThat(found.get(0).has("email")).isFalse();
        assertThat(server.get("/api/v1/search?q=sourdough%20rye").json().get("comments")).isEmpty();
    }

    @Test
    void moderatorsSearchEveryStatusBehindTheLogin() {
        server.comment("/posts/b/", "A pending sourdough question", null);
        assertThat(server.get("/api/v1/admin/search?q=sourdough").status()).isEqualTo(401);
        JsonNode found = server.get("/api/v1/admin/search?q=sourdough&status=pending", server.admin()).json().get("comments");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("status").asText()).isEqualTo("pending");
        assertThat(server.get("/api/v1/admin/search?q=x&status=bogus", server.admin()).status()).isEqualTo(400);
    }

    @Test
    void emptyHugeAndHostileQueriesAreInert() {
        for (String body : new String[] {"100% sure", "plain words"}) {
            String id = server.comment("/posts/a/", body, null).get("id").asText();
            server.post("/api/v1/admin/comments/" + id + "/approve", "", server.admin());
        }
        assertThat(server.get("/api/v1/search?q=").json().get("comments")).isEmpty();
        assertThat(server.get("/api/v1/search?q=%25").json().get("comments")).hasSize(1); // a character, not LIKE's wildcard
        assertThat(server.get("/api/v1/search?q=_").json().get("comments")).isEmpty();
        assertThat(server.get("/api/v1/search?q=%3Cscript%3E%27%20OR%201%3D1--%00").status()).isEqualTo(200);
        assertThat(server.get("/api/v1/search?q=" + "a%20".repeat(2_000)).status()).isEqualTo(200); // cut to its first words
    }
}
