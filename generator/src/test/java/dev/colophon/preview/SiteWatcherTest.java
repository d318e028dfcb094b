package dev.colophon.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher never walks into the folders it ignores, such as the preview's own rendered site. */
class SiteWatcherTest {
    @TempDir
    Path site;

    @Test
    void walksTheSiteButNotTheIgnoredFolders() throws Exception {
        Files.createDirectories(site.resolve("posts/hello"));
        Files.writeString(site.resolve("posts/hello/index.md"), "---\ntitle: Hello\n---\n");
        Files.createDirectories(site.resolve(".colophon/preview/posts/hello"));
        Files.writeString(site.resolve(".colophon/preview/posts/hello/index.html"), "<p>rendered</p>");
        Files.createDirectories(site.resolve("public/posts"));
        List<Path> folders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        new SiteWatcher.Unwatched(Set.of(site.resolve(".colophon"), site.resolve("public")))
                .recursiveVisitFiles(site, folders::add, files::add);
        assertThat(folders).containsExactlyInAnyOrder(site, site.resolve("posts"), site.resolve("posts/hello"));
        assertThat(files).containsExactly(site.resolve("posts/hello/index.md"));

        List<Path> none = new ArrayList<>();
        new SiteWatcher.Unwatched(Set.of(site.resolve(".colophon"))).recursiveVisitFiles(site.resolve(".colophon/preview"), none::add, none::add);
        assertThat(none).isEmpty(); // a folder made inside an ignored one is not walked either
    }
}
