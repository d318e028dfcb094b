package dev.colophon.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.e2e.Browser;
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
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class PreviewServerTest {
    static final String POST = "posts/2026-11-21-async-writing.md";

    @TempDir
    Path tmp;
    Path site;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PreviewServer server;

    @BeforeEach
    void start() {
        site = tmp.resolve("site");
        dev.colophon.e2e.SiteUnderTest.copyContent(site);
        server = PreviewServer.start(site, 0, Clock.systemUTC(), new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesDraftsAndTheWholeSiteWithTheReloadScriptOnlyInServedPages() throws Exception {
        assertThat(get("/posts/a-draft/")).contains("An unfinished thought").contains("Draft");
        assertThat(get("/")).contains("/_colophon/live.js");
        assertThat(status("/no/such/page/")).isEqualTo(404);
        assertThat(get("/atom.xml")).doesNotContain("_colophon");
        assertThat(log.toString()).contains("Admin password for moderating comments")
                .contains("Site:       " + server.url() + "/").contains("Dashboard:  " + server.url() + "/admin/");
    }

    @Test
    void servesEachFileWithTheMediaTypeOfItsOutputFormatAsAStaticHostWould() {
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("/", "text/html; charset=utf-8");
        expected.put("/no/such/page/", "text/html; charset=utf-8");
        expected.put("/atom.xml", "application/xml; charset=utf-8");
        expected.put("/rss.xml", "application/xml; charset=utf-8");
        expected.put("/feed.json", "application/json");
        expected.put("/sitemap.xml", "application/xml; charset=utf-8");
        expected.put("/robots.txt", "text/plain; charset=utf-8");
        expected.put("/css/colophon.css", "text/css; charset=utf-8");
        expected.put("/images/quill.svg", "image/svg+xml");
        expected.put("/posts/from-hugo/folders.svg", "image/svg+xml");
        expected.forEach((path, type) -> assertThat(send(path).headers().firstValue("Content-Type").map(t -> t.replace(" ", "")))
                .as(path).hasValue(type.replace(" ", ""))); // Jetty writes text/html;charset=utf-8
    }

    @Test
    void servesNothingOutsideTheBuiltSite() throws Exception {
        Path secret = java.nio.file.Files.writeString(tmp.resolve("secret.txt"), "root:x:0:0");
        java.nio.file.Files.createDirectories(site.resolve("static"));
        java.nio.file.Files.createSymbolicLink(site.resolve("static/leak.txt"), secret);
        Thread.sleep(1_500); // a rebuild, if the watcher saw the link, refuses it
        assertThat(status("/leak.txt")).isEqualTo(404);
        for (String path : java.util.List.of("/..%2f..%2fsecret.txt", "/%2e%2e/%2e%2e/secret.txt", "/static/leak.txt")) {
            assertThat(status(path)).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void editingAPostChangesItsPageAndTheHomePageButRendersFewFiles() throws Exception {
        String untouched = get("/posts/from-hugo/");
        append(site.resolve(POST), "\nA sentence added while previewing.\n");
        await(() -> get("/posts/async-writing/").contains("A sentence added while previewing."));
        await(() -> get("/").contains("Writing asynchronously"));
        assertThat(get("/posts/from-hugo/")).isEqualTo(untouched);
        Matcher rebuilt = Pattern.compile("Rebuilt (\\d+) files?").matcher(log.toString());
        assertThat(rebuilt.find()).isTrue();
        assertThat(Integer.parseInt(rebuilt.group(1))).isLessThan(24); // of 48: only what shows the post, and its search shards
    }

    @Test
    void searchFindsAnEditedPostAsSoonAsItsPageShowsTheEdit() throws Exception {
        append(site.resolve(POST), "\n\nA zanzibarquux sentence added while previewing.\n");
        await(() -> get("/posts/async-writing/").contains("zanzibarquux"));
        String terms = get("/search/index.js").replaceAll("(?s).*\"terms\":\\[([^\\]]*)\\].*", "$1");
        // the word's shard is the last that starts at or before it, as the client finds it
        String shard = java.util.Arrays.stream(terms.split(",")).map(t -> t.replace("\"", ""))
                .filter(t -> t.compareTo("zanzibarquux") <= 0).max(java.util.Comparator.naturalOrder()).orElseThrow();
        assertThat(get("/search/t/" + (shard.isEmpty() ? "_" : shard) + ".js")).contains("\"zanzibarquux\":");
    }

    @Test
    void templatesStaticFilesAndSettingsAreWatchedToo() throws Exception {
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/404.peb"), "{% extends \"base\" %}{% block content %}<h1>Custom lost page</h1>{% endblock %}");
        await(() -> send("/no/such/page/").body().contains("Custom lost page"));
        Files.createDirectories(site.resolve("static"));
        Files.writeString(site.resolve("static/hello.txt"), "static hello");
        await(() -> get("/hello.txt").equals("static hello"));
        Files.writeString(site.resolve("static/with space.txt"), "spaced");
        await(() -> get("/with%20space.txt").equals("spaced"));
        String config = Files.readString(site.resolve("site.yml"));
        Files.writeString(site.resolve("site.yml"), config.replace("title: Colophon Notes", "title: Renamed Notes"));
        await(() -> get("/").contains("Renamed Notes"));
    }

    @Test
    void filesAmongTheContentAppearChangeAndGoWhileWatched() throws Exception {
        Path bundle = Files.createDirectories(site.resolve("posts/trip"));
        Files.writeString(bundle.resolve("route.txt"), "first route");
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: Trip\ndate: 2026-11-01\n---\n[Route](route.txt)\n");
        await(() -> get("/posts/trip/").contains("href=\"route.txt\""));
        await(() -> get("/posts/trip/route.txt").equals("first route"));
        Files.writeString(bundle.resolve("route.txt"), "the changed route");
        await(() -> get("/posts/trip/route.txt").equals("the changed route"));
        Files.delete(bundle.resolve("route.txt"));
        await(() -> status("/posts/trip/route.txt") == 404);
        Path images = Files.createDirectories(site.resolve("posts/images"));
        Files.writeString(images.resolve("chart.svg"), "<svg/>");
        await(() -> get("/posts/images/chart.svg").equals("<svg/>"));
    }

    @Test
    void aBadFileDuringASettingsChangeKeepsTheWholeSite() throws Exception {
        Files.writeString(site.resolve("posts/broken.md"), "---\ntitle: [broken\n---\n");
        await(() -> log.toString().contains("Build failed"));
        String config = Files.readString(site.resolve("site.yml"));
        Files.writeString(site.resolve("site.yml"), config.replace("title: Colophon Notes", "title: Changed Title"));
        await(() -> log.toString().split("Build failed").length > 2);
        Files.delete(site.resolve("posts/broken.md"));
        await(() -> get("/").contains("Changed Title"));
        assertThat(get("/posts/from-hugo/")).contains("Coming from Hugo or Zola");
        assertThat(get("/")).contains("Writing asynchronously");
    }

    @Test
    void brokenFrontMatterKeepsTheLastGoodSiteUntilFixed() throws Exception {
        String good = get("/posts/async-writing/");
        Files.writeString(site.resolve(POST), "---\ntitle: [broken\n---\nbody\n");
        await(() -> log.toString().contains("Build failed"));
        assertThat(log.toString()).contains("error: " + POST + ":");
        assertThat(get("/posts/async-writing/")).isEqualTo(good);
        Files.writeString(site.resolve(POST), "---\ntitle: Repaired\ndate: 2026-11-21\n---\nbody\n");
        await(() -> get("/posts/async-writing/").contains("Repaired"));
    }

    @Test
    void anOpenTabReloadsShowsTheOverlayAndRecoversAndCommentsWork() throws Exception {
        try (Browser tab = Browser.start()) {
            tab.open(server.url() + "/posts/async-writing/");
            tab.await(".colophon .c-form");
            tab.js("window.__before_reload = true;");
            append(site.resolve(POST), "\nLive reloaded paragraph.\n");
            tab.awaitText("article.post", "Live reloaded paragraph.");
            assertThat(tab.js("return window.__before_reload === undefined")).isEqualTo(true);

            Files.writeString(site.resolve(POST), "---\ntitle: [broken\n---\nbody\n");
            tab.awaitText("#colophon-overlay .colophon-problem", POST + ":");
            Files.writeString(site.resolve(POST), "---\ntitle: Healed\ndate: 2026-11-21\n---\nbody\n");
            tab.awaitText("article.post h1", "Healed");
            assertThat(tab.all("#colophon-overlay")).isEmpty();

            WebElement form = tab.await(".colophon .c-form");
            form.findElement(By.name("body")).sendKeys("Comment on the preview");
            form.findElement(By.cssSelector(".c-submit")).click();
            tab.awaitText(".c-list .c-body", "Comment on the preview");
            assertThat(tab.uncaughtErrors()).isEmpty();
        }
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, Files.readString(file) + text);
    }

    private String get(String path) {
        return send(path).body();
    }

    private int status(String path) {
        return send(path).statusCode();
    }

    private HttpResponse<String> send(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (RuntimeException retry) {
                // not served yet
            }
            Thread.sleep(25);
        }
        throw new AssertionError("condition not met within 10 s");
    }
}
