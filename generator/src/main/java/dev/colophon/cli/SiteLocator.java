package dev.colophon.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the site folder: the one given, else the current folder, else {@code ./content} (the sample site). */
final class SiteLocator {
    private SiteLocator() {
    }

    static Path locate(Path given) {
        if (given != null) {
            if (!Files.isRegularFile(given.resolve("site.yml"))) {
                throw new UserError(given + " is not a site folder (no site.yml); create one with 'colophon init " + given + "'");
            }
            return given;
        }
        for (Path candidate : new Path[] {Path.of("."), Path.of("content")}) {
            if (Files.isRegularFile(candidate.resolve("site.yml"))) {
                return candidate.normalize();
            }
        }
        throw new UserError("no site.yml here or in ./content; pass --source DIR or create a site with 'colophon init DIR'");
    }
}
