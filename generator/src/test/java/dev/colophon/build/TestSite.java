package dev.colophon.build;

import dev.colophon.publish.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** A small site written inline by a test, Hugo-style, then built into {@code out/}. */
final class TestSite {
    final Path root;
    final Path output;

    TestSite(Path dir) {
        this.root = dir.resolve("site");
        this.output = dir.resolve("out");
        file("site.yml", "title: Test\nbase_url: https://test.example/\n");
    }

    TestSite file(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes a file away again: a site of another generator has no site.yml. */
    TestSite without(String path) {
        try {
            Files.deleteIfExists(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BuildReport build() {
        return build(false, false);
    }

    BuildReport build(boolean drafts, boolean future) {
        return new SiteBuilder(Progress.silent()).build(
                new BuildOptions(root, output, drafts, future, null, GoldenSiteTest.JUNE_2026));
    }

    String read(String path) {
        try {
            return Files.readString(output.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String path) {
        return Files.exists(output.resolve(path));
    }
}
