package dev.colophon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path tmp;

    @Test
    void initCreatesASiteThatBuildsAtOnce() {
        Path site = tmp.resolve("blog");
        assertThat(Main.run("init", site.toString())).isZero();
        assertThat(Main.run("build", "--source", site.toString(), "--output", tmp.resolve("out").toString())).isZero();
        assertThat(tmp.resolve("out/posts/welcome/index.html")).exists();
        assertThat(tmp.resolve("out/about/index.html")).exists();
        // the base URL where 'colophon serve' listens by default, so canonical links work in the preview
        assertThat(site.resolve("site.yml")).content().contains("base_url: http://localhost:8080/");
    }

    @Test
    void aSiteFolderReachedThroughASymbolicLinkBuildsAllItsPosts() throws Exception {
        Path site = tmp.resolve("blog");
        Main.run("init", site.toString());
        Path link = Files.createSymbolicLink(tmp.resolve("link"), site);
        // the link itself is the folder given: walked without following links, it built nothing and said nothing
        assertThat(Main.run("build", "--source", link.toString(), "--output", tmp.resolve("out").toString())).isZero();
        assertThat(tmp.resolve("out/posts/welcome/index.html")).exists();
    }

    @Test
    void initRefusesAFolderThatIsNotEmpty() throws Exception {
        Files.writeString(tmp.resolve("keep.txt"), "mine");
        assertThat(Main.run("init", tmp.toString())).isEqualTo(1);
        assertThat(tmp.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void newPostIsADatedDraftWithItsSlugFromTheTitle() throws Exception {
        Path site = tmp.resolve("blog");
        Main.run("init", site.toString());
        assertThat(Main.run("new", "post", "Hello, World: Again!", "--source", site.toString())).isZero();
        try (Stream<Path> posts = Files.list(site.resolve("posts"))) {
            Path created = posts.filter(p -> p.toString().endsWith("hello-world-again.md")).findFirst().orElseThrow();
            assertThat(created.getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}-hello-world-again\\.md");
            assertThat(Files.readString(created)).contains("title: \"Hello, World: Again!\"", "draft: true");
        }
        Path out = tmp.resolve("out");
        Main.run("build", "--source", site.toString(), "--output", out.toString());
        assertThat(out.resolve("posts/hello-world-again/index.html")).doesNotExist();
        Main.run("build", "--source", site.toString(), "--output", out.toString(), "--drafts");
        assertThat(out.resolve("posts/hello-world-again/index.html")).exists();
    }

    @Test
    void newPostGoesWhereTheSiteKeepsItsPosts() throws Exception {
        Path site = tmp.resolve("hugo");
        Files.createDirectories(site.resolve("content/_posts"));
        Files.writeString(site.resolve("site.yml"), "title: T\ncontent_dir: content\npost_sections: [posts, _posts]\n");
        assertThat(Main.run("new", "post", "Where posts live", "--source", site.toString())).isZero();
        assertThat(Main.run("new", "page", "Colophon", "--source", site.toString())).isZero();
        try (Stream<Path> posts = Files.list(site.resolve("content/_posts"))) {
            assertThat(posts.map(p -> p.getFileName().toString())).singleElement().asString().endsWith("-where-posts-live.md");
        }
        assertThat(site.resolve("content/pages/colophon.md")).exists();
        Path out = tmp.resolve("out");
        assertThat(Main.run("build", "--source", site.toString(), "--output", out.toString(), "--drafts")).isZero();
        assertThat(out.resolve("posts/where-posts-live/index.html")).exists();
        assertThat(out.resolve("colophon/index.html")).exists();
    }

    @Test
    void failedBuildExitsNonZeroAndPrintsFileAndLine() throws Exception {
        Path site = tmp.resolve("blog");
        Main.run("init", site.toString());
        Files.writeString(site.resolve("posts/broken.md"), "---\ntitle: [oops\n---\n");
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try {
            assertThat(Main.run("build", "--source", site.toString())).isEqualTo(1);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString()).contains("error: posts/broken.md:").contains("nothing was published");
    }

    @Test
    void baseUrlFlagOverridesTheConfiguredOne() throws Exception {
        Path site = tmp.resolve("blog");
        Main.run("init", site.toString());
        Path out = tmp.resolve("out");
        Main.run("build", "--source", site.toString(), "--output", out.toString(), "--base-url", "https://blog.example/");
        assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("https://blog.example/posts/welcome/");
    }

    @Test
    void theSampleSiteBuildsWithoutWarnings() {
        Path content = Path.of(System.getProperty("colophon.repo", "..")).resolve("content");
        Path out = tmp.resolve("sample");
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try {
            assertThat(Main.run("build", "--source", content.toString(), "--output", out.toString())).isZero();
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString()).doesNotContain("warning");
        assertThat(out.resolve("posts/markdown-tour/index.html")).exists();
        assertThat(out.resolve("images/quill.svg")).exists(); // the site's static files
        assertThat(out.resolve("favicon.svg")).exists(); // and the theme's
    }
}
