package dev.colophon.comments.internal.spam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.Backend;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The spam filter over HTTP, as the owner and commenters meet it, under the default {@code moderation: auto}. */
@ParameterizedClass
@EnumSource(Backend.class)
class SpamDefenseTest {
    static final List<String> SPAM = List.of(
            "Win big at the lucky dragon casino, free spins and a jackpot bonus every day",
            "Jackpot bonus tonight: the lucky dragon casino doubles your first deposit",
            "Free spins for new players, lucky dragon casino, claim the jackpot bonus",
            "Casino jackpot bonus! Lucky dragon pays out faster than any other",
            "Lucky dragon casino: deposit now, jackpot bonus and free spins waiting",
            "The best casino bonus: lucky dragon jackpot, spins free for everyone");
    static final List<String> HAM = List.of(
            "Your note on the ferry timetable helped us plan the trip to the islands",
            "We took the ferry you described and the islands were as quiet as promised",
            "Which ferry company runs the early boat to the islands in winter?",
            "The islands walk you mapped was lovely, thanks for the ferry tips",
            "I printed your ferry notes before our islands holiday, very useful",
            "Took my parents on the ferry to the islands after reading this post");

    @Parameter
    Backend backend;

    @TempDir
    Path tmp;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.open(backend, tmp, Moderation.AUTO);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void ownersDecisionsTrainTheFilterAndACommentLikeTheTrainedSpamGoesToSpamWithItsReasons() {
        JsonNode before = held(post("/before/", "Lucky dragon casino jackpot bonus, free spins", null));
        List<Long> spam = new ArrayList<>();
        List<Long> ham = new ArrayList<>();
        for (int i = 0; i < SPAM.size(); i++) {
            spam.add(post("/p" + i + "/", SPAM.get(i), null));
            ham.add(post("/p" + i + "/", HAM.get(i), null));
        }
        assertThat(bulk("spam", spam).get("done").asInt()).isEqualTo(SPAM.size());
        assertThat(bulk("approve", ham).get("done").asInt()).isEqualTo(HAM.size());

        long id = post("/new/", "Claim your lucky dragon casino jackpot bonus and free spins now", null);
        JsonNode comment = held(id);
        assertThat(comment.get("status").asText()).isEqualTo("spam");
        assertThat(comment.get("spamScore").asDouble()).isGreaterThanOrEqualTo(0.9).isGreaterThan(before.get("spamScore").asDouble());
        assertThat(comment.get("spamReasons").toString()).contains("\"words\"").contains("'dragon' (6 spam, 0 ham");
        assertThat(server.get("/api/v1/comments?page=/new/").json().get("total").asInt()).isZero();

        JsonNode likeHam = held(post("/new/", "Is the ferry to the islands running on Sundays as well?", null));
        assertThat(likeHam.get("spamScore").asDouble()).isLessThan(0.1);
    }

    @Test
    void notSpamUnteachesTheSpamLessonAndPublishesTheComment() {
        long id = post("/p/", "Lucky dragon casino ferry", null);
        server.post("/api/v1/admin/comments/" + id + "/spam", "", server.admin());
        assertThat(reasonsOf(post("/q/", "lucky dragon casino", null))).contains("'dragon' (1 spam");
        JsonNode rescued = server.post("/api/v1/admin/comments/" + id + "/not-spam", "", server.admin()).json();
        assertThat(rescued.get("status").asText()).isEqualTo("approved");
        assertThat(reasonsOf(post("/r/", "lucky dragon casino", null))).contains("'dragon' (0 spam, 1 ham");
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isOne();
    }

    @Test
    void aKnownCommenterIsPublishedAtOnceAndAFirstTimerWaits() {
        long first = post("/p/", "Heirloom tomatoes ripen unevenly", "reader@example.com");
        assertThat(held(first).get("status").asText()).isEqualTo("pending");
        server.post("/api/v1/admin/comments/" + first + "/approve", "", server.admin());
        long second = post("/p/", "Heirloom tomatoes: mulch?", "Reader@Example.com");
        assertThat(held(second).get("status").asText()).isEqualTo("approved");
        assertThat(server.get("/api/v1/comments?page=/p/").json().get("total").asInt()).isEqualTo(2);
        long stranger = post("/p/", "Heirloom tomatoes: mulch?", "other@example.com");
        assertThat(held(stranger).get("status").asText()).isEqualTo("pending");
    }

    @Test
    void signalsBeyondWordsAddToTheScoreEachWithAReason() {
        Map<String, Object> bot = new HashMap<>(Map.of("page", "/a/", "author", "Bot", "elapsed", 800,
                "body", "Look https://bit.ly/x1 and https://bit.ly/x2 and https://cheap.example/a https://cheap.example/b"));
        long id = server.post("/api/v1/comments", bot).json().get("id").asLong();
        assertThat(reasonsOf(id)).contains("\"speed\"").contains("\"shortener\"").contains("4 links").contains("little but links");
        post("/b/", "Exactly the same words posted on many pages by a bot", null);
        assertThat(reasonsOf(post("/c/", "Exactly the same  words posted on many pages by a BOT", null)))
                .contains("\"repeated\"").contains("on 1 other pages");
        assertThat(reasonsOf(post("/d/", "Это сообщение написано целиком на русском языке для проверки", null)))
                .contains("\"script\"").contains("Cyrillic");
        assertThat(reasonsOf(post("/e/", "Buy chеap wаtches", null))).contains("look-alike");
    }

    @Test
    void aCommentCopiedFromThePostItIsOnIsSuspectButAReaderQuotingThePostIsNot() {
        String text = "The ferry to the outer islands leaves at seven from the north pier. Bring cash, since the kiosk "
                + "on board takes no cards, and a coat: the crossing is windy even in summer.";
        Map<String, Object> item = Map.of("id", TestServer.ORIGIN + "/posts/ferry/", "url", TestServer.ORIGIN + "/posts/ferry/",
                "title", "The ferry", "content_html", "<p>" + text.replace("Bring", "<em>Bring</em>") + "</p>",
                "date_published", "2020-01-01T00:00:00Z");
        TestServer.Response published = server.post("/api/v1/admin/fediverse/posts",
                Map.of("version", "https://jsonfeed.org/version/1.1", "title", "A blog", "items", List.of(item)), server.admin());
        assertThat(published.status()).as(published.text()).isEqualTo(200);

        String copied = "Great post! Bring cash, since the kiosk on board takes no cards, and a coat: the crossing is windy";
        assertThat(reasonsOf(post("/posts/ferry/", copied, null))).contains("\"copied\"").contains("% of the text is copied from the post");
        assertThat(reasonsOf(post("/posts/other/", copied, null))).doesNotContain("\"copied\""); // another page's post
        String quoting = "> Bring cash, since the kiosk on board takes no cards, and a coat\n\nThey take cards since May, "
                + "and the coat advice is sound: we froze on the way back last year";
        assertThat(reasonsOf(post("/posts/ferry/", quoting, null))).doesNotContain("\"copied\"");
    }

    @Test
    void oddInputIsScoredWithoutError() {
        List<String> bodies = List.of("https://a.example https://b.example/x?y=1 http://c.example",
                "spam".repeat(2_500), "Mixed Ελληνικά and Русский and 日本語 and عربى", "zero\u200bwidth\u200d\ufeffjoiners",
                "&lt;b&gt; &amp;amp; &#x1F600; &nbsp; &bogus; &#99999999;", "\ud83d\ude00\ud83d\ude00", "\u0000\u0001 control");
        for (String body : bodies) {
            JsonNode comment = held(post("/odd/", body, null));
            assertThat(comment.get("spamScore").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(reasonsOf(post("/odd/", "zero\u200bwidth", null))).contains("\"hidden\"");
    }

    private long post(String page, String body, String email) {
        Map<String, Object> request = new HashMap<>(Map.of("page", page, "body", body, "author", "Ann"));
        if (email != null) {
            request.put("email", email);
        }
        TestServer.Response response = server.post("/api/v1/comments", request);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private JsonNode bulk(String action, List<Long> ids) {
        TestServer.Response response = server.post("/api/v1/admin/comments/bulk", Map.of("action", action, "ids", ids), server.admin());
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private JsonNode held(long id) {
        for (JsonNode c : server.get("/api/v1/admin/comments?status=all&limit=500", server.admin()).json().get("comments")) {
            if (c.get("id").asLong() == id) {
                return c;
            }
        }
        throw new AssertionError("comment " + id + " not listed");
    }

    private String reasonsOf(long id) {
        return held(id).get("spamReasons").toString();
    }
}
