package dev.colophon.comments.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.internal.store.CommentDao;
import dev.colophon.comments.internal.store.CommentRow;
import dev.colophon.comments.internal.store.Status;
import dev.colophon.comments.internal.store.ThreadDao;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every class of code point, in every field, goes in and comes out again through the thread and the feeds. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodePointTest {
    TestServer server;

    @BeforeAll
    void start(@TempDir Path tmp) {
        server = TestServer.open(tmp, Moderation.POST); // one server: each case adds to the same thread and feeds
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** Up to three code points of each Unicode general category, plus the non-characters of planes 0, 1 and 16. */
    static List<String> classes() {
        List<String> samples = new ArrayList<>();
        for (int type = 0; type <= Character.FINAL_QUOTE_PUNCTUATION; type++) {
            int wanted = type;
            StringBuilder sample = new StringBuilder();
            IntStream.rangeClosed(0, 0x10FFFF).filter(c -> Character.getType(c) == wanted).limit(3)
                    .forEach(sample::appendCodePoint); // surrogates come out as lone halves: a class of their own
            if (!sample.isEmpty()) {
                samples.add(sample.toString());
            }
        }
        samples.add("\u0001\u0008\u000B\u001F\u007F\u0085\u009F");
        samples.add("\uFFFE\uFFFF\uFDD0\uFDEF" + new String(Character.toChars(0x1FFFF)) + new String(Character.toChars(0x10FFFF)));
        samples.add("\u202E\u200B\u2028\u2029\uFEFF");
        return samples;
    }

    @ParameterizedTest
    @MethodSource("classes")
    void everyClassInEveryFieldLeavesTheThreadAndTheFeedsReadable(String sample) throws Exception {
        Map<String, Object> request = Map.of("page", "/p/", "author", "A " + sample + " Z", "body", "b " + sample + " e",
                "website", "https://example.org/", "email", "a@example.org");
        TestServer.Response posted = server.post("/api/v1/comments", request);
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        assertReadable();
        assertThat(posted.json().get("author").asText()).startsWith("A").endsWith("Z")
                .doesNotContain("\u0001", "\uFFFF", "\uFFFE", "\u007F");
    }

    @Test
    void loneSurrogatesAndControlCharactersAreRemovedFromTheText() {
        TestServer.Response posted = server.post("/api/v1/comments",
                "{\"page\":\"/p/\",\"author\":\"An\\ud800n\\u0001\",\"body\":\"one\\r\\ntwo\\udc00\\u0000\"}");
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        assertThat(posted.json().get("author").asText()).isEqualTo("Ann");
        assertThat(posted.json().get("body").asText()).isEqualTo("one\ntwo");
    }

    @Test
    void pagePathsWithControlCharactersOrNonCharactersAre400NamingThePage() {
        for (String page : List.of("/p\uFFFF/", "/p\\u0001/", "/p\u00A0/", "/p\\ud800/")) {
            TestServer.Response response = server.post("/api/v1/comments",
                    "{\"page\":\"" + page + "\",\"body\":\"x\"}");
            assertThat(response.status()).as(page).isEqualTo(400);
            assertThat(response.json().get("message").asText()).startsWith("page must be");
        }
        assertThat(server.get("/api/v1/comments?page=/p%EF%BF%BF/").status()).isEqualTo(400);
    }

    @Test
    void rowsStoredBeforeTheDoorCleanedThemStillMakeReadableFeeds() throws Exception {
        server.comment("/p/", "a clean one", null);
        server.database().execute(handle -> {
            ThreadDao threads = handle.attach(ThreadDao.class);
            threads.insertIfAbsent("default", "/old\uFFFF/", 1L);
            long thread = threads.find("default", "/old\uFFFF/").orElseThrow();
            handle.attach(CommentDao.class).insert(new CommentRow(0, thread, null, 0, Status.APPROVED, "Bad\u0001Name\uFFFF",
                    null, null, "x\u0002", "<p>x\u0002\uFFFE</p>", "t", "a", 0, 2L, null, false), 0, "[]", null);
        });
        assertReadable();
    }

    private void assertReadable() throws Exception {
        TestServer.Response thread = server.get("/api/v1/comments?page=/p/");
        assertThat(thread.status()).isEqualTo(200);
        JsonNode json = thread.json();
        assertThat(json.has("comments")).isTrue();
        for (String path : List.of("/api/v1/feed", "/api/v1/feed?page=/p/")) {
            TestServer.Response feed = server.get(path);
            assertThat(feed.status()).as(feed.text()).isEqualTo(200);
            SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed.text()));
            assertThat(parsed.getEntries()).isNotEmpty();
        }
    }
}
