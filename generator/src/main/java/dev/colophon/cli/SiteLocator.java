package dev.colophon.cli;

import dev.colophon.settings.peer.PeerDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the site folder: the one given (its real path), else the current folder, else {@code ./content} (the sample site). */
final class SiteLocator {
    private SiteLocator() {
    }

    static Path locate(Path given) {
        if (given != null) {
            if (!PeerDetector.isSite(given)) {
                throw new UserError(given + " is not a site folder (no site.yml, nor a Hugo, Zola, Jekyll or JBake"
                        + " configuration); create one with 'colophon init " + given + "'");
            }
            try {
                // a folder given through a symbolic link is walked as the folder it names, not as a link
                return given.toRealPath();
            } catch (IOException e) {
                throw new UserError("cannot read " + given + ": " + e.getMessage());
            }
        }
        for (Path candidate : new Path[] {Path.of("."), Path.of("content")}) {
            if (Files.isRegularFile(candidate.resolve("site.yml")) || candidate.equals(Path.of(".")) && PeerDetector.isSite(candidate)) {
                return candidate.normalize();
            }
        }
        throw new UserError("no site.yml here or in ./content; pass --source DIR or create a site with 'colophon init DIR'");
    }
}
