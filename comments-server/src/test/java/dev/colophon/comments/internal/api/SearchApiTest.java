package dev.colophon.comments.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.internal.store.CommentDao;
import dev.colophon.comments.internal.store.CommentRow;
import dev.colophon.comments.internal.store.Status;
import dev.colophon.comments.internal.store.ThreadDao;
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
        assertThat(server.get("/api/v1/search?q=%25").json().get("comments")).isEmpty(); // no word, and never LIKE's wildcard
        assertThat(server.get("/api/v1/search?q=_").json().get("comments")).isEmpty();
        assertThat(server.get("/api/v1/search?q=sure%25").json().get("comments")).hasSize(1);
        assertThat(server.get("/api/v1/search?q=%3Cscript%3E%27%20OR%201%3D1--%00").status()).isEqualTo(200);
        assertThat(server.get("/api/v1/search?q=" + "a%20".repeat(2_000)).status()).isEqualTo(200); // cut to its first words
    }

    @Test
    void wordsAreFoundAsTheSiteSearchFindsThemStemmedFoldedCompletedAndWithATypo() {
        String id = approved("/posts/a/", "My résumé lists three marathons and a Café crawl");
        approved("/posts/b/", "Nothing about running here, only swimming");
        for (String query : new String[] {"resume", "RÉSUMÉ", "marathon", "cafe", "marat", "resume mara", "marahtons", "maratons",
                "marathhons", "resume marathns"}) {
            JsonNode found = server.get("/api/v1/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
                    .json().get("comments");
            assertThat(found).as(query).extracting(c -> c.get("id").asText()).containsExactly(id);
        }
        assertThat(server.get("/api/v1/search?q=marat%20").json().get("comments")).as("a finished word is not a prefix").isEmpty();
        assertThat(server.get("/api/v1/search?q=resume%20swimming").json().get("comments")).as("every word must match").isEmpty();
    }

    @Test
    void anEditedCommentIsFoundByItsNewWordsOnly() {
        JsonNode posted = server.comment("/posts/a/", "A question about sourdough", null);
        String id = posted.get("id").asText();
        server.post("/api/v1/admin/comments/" + id + "/approve", "", server.admin());
        assertThat(server.get("/api/v1/search?q=sourdough").json().get("comments")).hasSize(1);
        server.put("/api/v1/comments/" + id, java.util.Map.of("body", "A question about focaccia"), "X-Edit-Token", posted.get("token").asText());
        // an edit is screened again, so with pre-moderation it waits: the moderators' search shows it
        assertThat(server.get("/api/v1/admin/search?q=sourdough", server.admin()).json().get("comments")).isEmpty();
        assertThat(server.get("/api/v1/admin/search?q=sourdou", server.admin()).json().get("comments"))
                .as("nor is the word left to complete").isEmpty();
        assertThat(server.get("/api/v1/admin/search?q=focaccia", server.admin()).json().get("comments"))
                .extracting(c -> c.get("id").asText()).containsExactly(id);
    }

    @Test
    void japaneseIsFoundByItsWordsThroughBigramsAndAuthorsByName() {
        String id = server.comment("/posts/a/", "京都の紅葉を楽しみます", null).get("id").asText();
        JsonNode found = server.get("/api/v1/admin/search?q=%E7%B4%85%E8%91%89", server.admin()).json().get("comments");
        assertThat(found).extracting(c -> c.get("id").asText()).containsExactly(id);
        assertThat(server.get("/api/v1/admin/search?q=ann", server.admin()).json().get("comments")).hasSize(1);
    }

    @Test
    void onAGermanSiteGermanWordsAreFoundByTheirStem() {
        dev.colophon.comments.config.SpamConfig defaults = dev.colophon.comments.config.SpamConfig.defaults();
        try (TestServer german = new TestServer(backend.newDatabase(tmp, "german"), Moderation.PRE,
                dev.colophon.comments.config.Limits.defaults().withoutRates(), dev.colophon.comments.config.StatsConfig.defaults(),
                dev.colophon.comments.config.MailConfig.none(), new dev.colophon.comments.config.SpamConfig(defaults.spamAbove(),
                        defaults.publishBelow(), "de", false, defaults.proofOfWorkMax()))) {
            String id = german.comment("/posts/a/", "Die alten Häuser an der Straße", null).get("id").asText();
            for (String query : new String[] {"haus", "strasse", "hauser"}) {
                assertThat(german.get("/api/v1/admin/search?q=" + query, german.admin()).json().get("comments")).as(query)
                        .extracting(c -> c.get("id").asText()).containsExactly(id);
            }
        }
    }

    @Test
    void aSearchRightAfterAnImportOfThousandsOfCommentsFindsTheNewestAndCorrectsTypos() {
        // an import stores rows directly, as the importers do, so nothing of it is indexed yet
        server.database().execute(handle -> {
            ThreadDao threads = handle.attach(ThreadDao.class);
            threads.insertIfAbsent("default", "/old/", 1L);
            long thread = threads.find("default", "/old/").orElseThrow();
            CommentDao comments = handle.attach(CommentDao.class);
            for (int i = 0; i < 3_000; i++) {
                String body = i == 2_999 ? "The zeppelin landed last" : "An old comment about gardens, number " + i;
                comments.insert(new CommentRow(0, thread, null, 0, Status.APPROVED, "Reader " + i, null, null, body,
                        "<p>" + body + "</p>", "t" + i, "a", 0, 1L + i, null, false), 0, "[]", null);
            }
        });
        for (String query : new String[] {"zeppelin", "zepelin", "zeppelni"}) {
            assertThat(server.get("/api/v1/search?q=" + query).json().get("comments")).as(query)
                    .extracting(c -> c.get("author").asText()).containsExactly("Reader 2999");
        }
        assertThat(server.get("/api/v1/search?q=gardens&limit=20").json().get("comments")).hasSize(20);
    }

    private String approved(String page, String body) {
        String id = server.comment(page, body, null).get("id").asText();
        server.post("/api/v1/admin/comments/" + id + "/approve", "", server.admin());
        return id;
    }
}
