package dev.colophon.comments.internal.spam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.MailConfig;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.SpamConfig;
import dev.colophon.comments.config.StatsConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** With {@code proof_of_work: true}, a comment needs a solved, fresh, unused challenge. */
@ParameterizedClass
@EnumSource(Backend.class)
class ProofOfWorkTest {
    @Parameter
    Backend backend;

    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer(backend.newDatabase(tmp, "pow"), Moderation.POST, Limits.defaults().withoutRates(),
                StatsConfig.defaults(), MailConfig.none(), SpamConfig.defaults().withProofOfWork(5_000));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aCommentWithoutASolutionIsRefusedAndASolvedOneIsTakenOnce() {
        TestServer.Response bare = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "hello"));
        assertThat(bare.status()).isEqualTo(403);
        assertThat(bare.json().get("error").asText()).isEqualTo("challenge_failed");

        Map<String, Object> solution = solve(server.get("/api/v1/challenge").json());
        Map<String, Object> comment = new HashMap<>(Map.of("page", "/p/", "body", "hello", "pow", solution));
        assertThat(server.post("/api/v1/comments", comment).status()).isEqualTo(201);

        TestServer.Response replay = server.post("/api/v1/comments", comment);
        assertThat(replay.status()).isEqualTo(403);
        assertThat(replay.json().get("message").asText()).contains("used already");
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isOne();
    }

    @Test
    void aWrongNumberAForgedChallengeAndAnExpiredOneAreRefused() {
        JsonNode challenge = server.get("/api/v1/challenge").json();
        Map<String, Object> solution = solve(challenge);
        Map<String, Object> wrong = new HashMap<>(solution);
        wrong.put("number", ((Long) solution.get("number") + 1) % 5_001);
        assertThat(post(wrong).json().get("message").asText()).contains("not solved");
        Map<String, Object> forged = new HashMap<>(solution);
        forged.put("signature", "0".repeat(32));
        assertThat(post(forged).json().get("message").asText()).contains("not issued by this server");
        server.clock.advance(Duration.ofHours(1));
        assertThat(post(solution).json().get("message").asText()).contains("expired");
    }

    @Test
    void theChallengeSaysSoWhenTheServerAsksForNone() {
        try (TestServer off = TestServer.open(backend, tmp.resolve("off"), Moderation.POST)) {
            assertThat(off.get("/api/v1/challenge").json().get("enabled").asBoolean()).isFalse();
        }
    }

    private TestServer.Response post(Map<String, Object> solution) {
        TestServer.Response response = server.post("/api/v1/comments", Map.of("page", "/p/", "body", "hi", "pow", solution));
        assertThat(response.status()).isEqualTo(403);
        return response;
    }

    /** What the widget does: tries numbers until one hashes to the challenge. */
    static Map<String, Object> solve(JsonNode challenge) {
        String salt = challenge.get("salt").asText();
        for (long n = 0; n <= challenge.get("maxnumber").asLong(); n++) {
            if (ProofOfWork.sha256(salt + n).equals(challenge.get("challenge").asText())) {
                return Map.of("algorithm", "SHA-256", "challenge", challenge.get("challenge").asText(), "salt", salt,
                        "signature", challenge.get("signature").asText(), "number", n);
            }
        }
        throw new AssertionError("no solution up to maxnumber");
    }
}
