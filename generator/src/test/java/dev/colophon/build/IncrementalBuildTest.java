package dev.colophon.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.publish.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the build cache, a rebuild renders only what a change affects and reuses the rest. */
class IncrementalBuildTest {
    @TempDir
    Path tmp;
    TestSite site;

    @BeforeEach
    void site() {
        site = new TestSite(tmp);
        site.file("site.yml", "title: T\nbase_url: https://t.example/\nposts_per_page: 5\n");
        for (int i = 1; i <= 20; i++) {
            site.file("posts/2026-01-%02d-p%d.md".formatted(i, i), "---\ntitle: P" + i + "\ntags: [t" + (i % 3) + "]\n---\nBody " + i);
        }
    }

    BuildReport build() {
        return new SiteBuilder(Progress.silent()).build(new BuildOptions(site.root, site.output, false, false, null,
                GoldenSiteTest.JUNE_2026, site.root.resolve(".colophon")));
    }

    @Test
    void unchangedSiteRendersNothingAndKeepsEveryFile() throws Exception {
        BuildReport first = build();
        assertThat(first.rendered()).isEqualTo(first.files());
        Map<Path, Object> inodes = inodes();
        BuildReport second = build();
        assertThat(second.rendered()).isZero();
        assertThat(inodes()).isEqualTo(inodes);
    }

    @Test
    void editingAPostRerendersItsPageAndTheListsThatShowItOnly() throws Exception {
        build();
        Map<Path, Object> before = inodes();
        String home = site.read("index.html");
        site.file("posts/2026-01-20-p20.md", "---\ntitle: P20 renamed\ntags: [t2]\n---\nNew body");
        BuildReport report = build();

        assertThat(site.read("posts/p20/index.html")).contains("P20 renamed").contains("New body");
        assertThat(site.read("index.html")).isNotEqualTo(home).contains("P20 renamed");
        assertThat(site.read("posts/p19/index.html")).contains("P20 renamed"); // its neighbour links to it
        Map<Path, Object> after = inodes();
        assertThat(after.get(Path.of("posts/p5/index.html"))).isEqualTo(before.get(Path.of("posts/p5/index.html")));
        assertThat(after.get(Path.of("tags/t0/index.html"))).isEqualTo(before.get(Path.of("tags/t0/index.html")));
        assertThat(report.rendered()).isLessThan(report.files() / 2);
    }

    @Test
    void aFailingIncrementalBuildLeavesThePublishedSiteAsItWas() throws Exception {
        build();
        Map<Path, String> published = contents();
        site.file("posts/2026-01-02-p2.md", "---\ntitle: P2\nlayout: broken\n---\nx");
        site.file("templates/broken.peb", "{{ page.nothing.here }}");
        org.assertj.core.api.Assertions.assertThatThrownBy(this::build).hasMessageContaining("broken.peb");
        assertThat(contents()).isEqualTo(published);
    }

    @Test
    void filesPublishedAsTheyAreAreCopiedAgainOnlyWhenTheyChange() throws Exception {
        site.file("posts/album/index.md", "---\ntitle: Album\ndate: 2026-02-01\n---\n![](photo.jpg)");
        site.file("posts/album/photo.jpg", "first photo");
        site.file("static/notes.txt", "notes");
        build();
        assertThat(site.read("posts/album/photo.jpg")).isEqualTo("first photo");
        Map<Path, Object> before = inodes();

        site.file("posts/album/photo.jpg", "the second, larger photo");
        BuildReport report = build();
        assertThat(site.read("posts/album/photo.jpg")).isEqualTo("the second, larger photo");
        assertThat(report.rendered()).isEqualTo(1);
        assertThat(inodes().get(Path.of("notes.txt"))).isEqualTo(before.get(Path.of("notes.txt")));

        Files.delete(site.root.resolve("posts/album/photo.jpg"));
        build();
        assertThat(site.exists("posts/album/photo.jpg")).isFalse();
    }

    @Test
    void changingHowMarkdownRendersRendersThePostsAgain() {
        site.file("posts/2026-01-03-p3.md", "---\ntitle: P3\n---\n```java\nclass A {}\n```\n");
        build();
        assertThat(site.read("posts/p3/index.html")).contains("<span class=\"tok-k\">class</span>");
        site.file("site.yml", "title: T\nbase_url: https://t.example/\nposts_per_page: 5\nhighlight_code: false\n");
        build();
        assertThat(site.read("posts/p3/index.html")).contains("<code class=\"language-java\">class A {}").doesNotContain("tok-k");
    }

    @Test
    void aLinkBySourceFileFollowsItsTargetWhenTheTargetMoves() {
        site.file("posts/2026-01-05-p5.md", "---\ntitle: P5\n---\nSee [P1]({{< relref \"2026-01-01-p1\" >}}).");
        build();
        assertThat(site.read("posts/p5/index.html")).contains("href=\"/posts/p1/\"");
        site.file("posts/2026-01-01-p1.md", "---\ntitle: P1\nslug: first\n---\nBody 1");
        build();
        assertThat(site.read("posts/p5/index.html")).contains("href=\"/posts/first/\"");
    }

    @Test
    void removedPostsDisappearFromTheSite() throws Exception {
        build();
        Files.delete(site.root.resolve("posts/2026-01-07-p7.md"));
        build();
        assertThat(site.exists("posts/p7/index.html")).isFalse();
        assertThat(site.output.resolve("posts/p7")).doesNotExist();
        assertThat(site.read("index.html")).doesNotContain("P7<");
    }

    @Test
    void deletingTheCacheIsSafe() throws Exception {
        build();
        site.file("posts/2026-01-03-p3.md", "---\ntitle: Changed\n---\nChanged");
        build();
        Map<Path, String> cached = contents();
        Files.walk(site.root.resolve(".colophon")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        BuildReport cold = build();
        assertThat(cold.rendered()).isEqualTo(cold.files());
        assertThat(contents()).isEqualTo(cached);
    }

    @Test
    void aDamagedCacheIsIgnored() throws Exception {
        build();
        Files.writeString(site.root.resolve(".colophon/markdown.cache"), "garbage");
        Files.writeString(site.root.resolve(".colophon/manifest"), "garbage");
        BuildReport report = build();
        assertThat(report.rendered()).isEqualTo(report.files());
        assertThat(site.read("posts/p1/index.html")).contains("Body 1");
    }

    private Map<Path, Object> inodes() throws Exception {
        Map<Path, Object> inodes = new TreeMap<>();
        for (Path file : GoldenSiteTest.relativeFiles(site.output)) {
            inodes.put(file, Files.getAttribute(site.output.resolve(file), "unix:ino"));
        }
        return inodes;
    }

    private Map<Path, String> contents() throws Exception {
        Map<Path, String> contents = new TreeMap<>();
        for (Path file : GoldenSiteTest.relativeFiles(site.output)) {
            contents.put(file, Files.readString(site.output.resolve(file)));
        }
        return contents;
    }
}
