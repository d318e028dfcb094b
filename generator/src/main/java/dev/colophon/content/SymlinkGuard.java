package dev.colophon.content;

import dev.colophon.config.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a symbolic link in the site may be published: only when what it points to is inside
 * the site (or the theme being copied), so that {@code ln -s /etc/passwd static/leak.txt} or a link into
 * the home folder never puts a private file on the web. A refused link is a warning naming it.
 */
public final class SymlinkGuard {
    private final List<Path> roots = new ArrayList<>();

    /** @param roots the folders a link may point into (the site, a theme) */
    public SymlinkGuard(List<Path> roots) {
        for (Path root : roots) {
            try {
                this.roots.add(root.toRealPath());
            } catch (IOException e) {
                // a root that does not exist holds nothing a link could point to
            }
        }
    }

    /** True for a file that is not a link, or a link whose target is inside a root; else adds a warning. */
    public boolean allows(Path file, Path shownAs, List<Problem> warnings) {
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        try {
            Path target = file.toRealPath();
            if (roots.stream().anyMatch(target::startsWith)) {
                return true;
            }
            warnings.add(new Problem(shownAs, 0, "not published: it is a symbolic link to " + target
                    + ", outside the site; copy the file into the site if it should be public"));
        } catch (IOException e) {
            warnings.add(new Problem(shownAs, 0, "not published: it is a symbolic link that leads nowhere"));
        }
        return false;
    }
}
