package dev.colophon.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colophon.output.OutputFile;
import dev.colophon.output.OutputFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The previewed site keeps rendered files on disk, and never goes back to a page older than one served first. */
class LiveSiteTest {
    @TempDir
    Path dir;

    private static OutputFile page(String path, long fingerprint, String html) {
        return OutputFile.text(OutputFormat.ofPage(path), path, "test", fingerprint, () -> html);
    }

    private static String served(LiveSite live, String path) throws Exception {
        return Files.readString(live.get(path).file(), StandardCharsets.UTF_8);
    }

    @Test
    void rendersToItsFolderServesHtmlThroughTheFilterAndRemovesWhatIsGone() throws Exception {
        Path folder = dir.resolve("preview");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("left-over.html"), "from the last run");
        LiveSite live = new LiveSite(folder, html -> (new String(html, StandardCharsets.UTF_8) + "+live").getBytes(StandardCharsets.UTF_8));
        assertThat(folder.resolve("left-over.html")).doesNotExist();

        List<String> rendered = live.apply(List.of(page("index.html", 1, "home"), page("posts/a/index.html", 2, "a"),
                OutputFile.text(OutputFormat.ofFile("feed.xml"), "feed.xml", "test", 3, () -> "<feed/>")), 0);
        assertThat(rendered).containsExactlyInAnyOrder("index.html", "posts/a/index.html", "feed.xml");
        assertThat(live.get("posts/a/index.html").file()).isEqualTo(folder.resolve("posts/a/index.html"));
        assertThat(served(live, "posts/a/index.html")).isEqualTo("a+live");
        assertThat(served(live, "feed.xml")).isEqualTo("<feed/>");

        assertThat(live.apply(List.of(page("index.html", 1, "home"), page("posts/a/index.html", 22, "a, edited")), 0))
                .containsExactly("posts/a/index.html"); // unchanged fingerprints are not rendered again
        assertThat(served(live, "posts/a/index.html")).isEqualTo("a, edited+live");
        assertThat(live.get("feed.xml")).isNull();
        assertThat(folder.resolve("feed.xml")).doesNotExist();
        try (Stream<Path> writing = Files.list(folder.resolve(".writing"))) {
            assertThat(writing).isEmpty(); // every staged file was moved into place
        }

        live.close();
        assertThat(folder).doesNotExist();
    }

    @Test
    void aPlanCoveringEarlierEditsLeavesAPageServedFirstAsItIs() throws Exception {
        LiveSite live = new LiveSite(dir.resolve("preview"), html -> html);
        live.apply(List.of(page("posts/a/index.html", 1, "first"), page("index.html", 10, "home")), 0);

        live.serveFirst(List.of(page("posts/a/index.html", 3, "third")), 3);
        assertThat(served(live, "posts/a/index.html")).isEqualTo("third");

        // the plan of edit 2, finished after edit 3 was served: its lists are served, its older page is not
        List<String> rendered = live.apply(List.of(page("posts/a/index.html", 2, "second"), page("index.html", 20, "home 2")), 2);
        assertThat(rendered).containsExactly("index.html");
        assertThat(served(live, "posts/a/index.html")).isEqualTo("third");
        assertThat(served(live, "index.html")).isEqualTo("home 2");

        // a plan that covers edit 3 and no longer has the page removes it
        live.apply(List.of(page("index.html", 30, "home 3")), 3);
        assertThat(live.get("posts/a/index.html")).isNull();
        live.close();
    }

    @Test
    void aGroupThatFailsToRenderLeavesItsFilesAsTheyWere() throws Exception {
        LiveSite live = new LiveSite(dir.resolve("preview"), html -> html);
        live.apply(List.of(page("posts/a/index.html", 1, "a"), page("posts/b/index.html", 1, "b")), 0);
        OutputFile broken = OutputFile.text(OutputFormat.ofPage("posts/b/index.html"), "posts/b/index.html", "test", 2, () -> {
            throw new IllegalStateException("template failed");
        });
        assertThatThrownBy(() -> live.apply(List.of(page("posts/a/index.html", 2, "a, edited"), broken), 0))
                .hasMessageContaining("template failed");
        assertThat(served(live, "posts/a/index.html")).isEqualTo("a");
        assertThat(served(live, "posts/b/index.html")).isEqualTo("b");
        live.close();
    }
}
