package dev.colophon.template;

import dev.colophon.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A theme folder: {@code templates/} and {@code static/}. Looked up in the site's {@code themes/}
 * first, then among the themes bundled in the Colophon jar, so a new site needs no theme copy.
 */
public record Theme(String name, Path root) {

    public Path templates() {
        return root.resolve("templates");
    }

    public Path staticFiles() {
        return root.resolve("static");
    }

    public static Theme locate(Path siteRoot, String name) {
        Path local = siteRoot.resolve("themes").resolve(name);
        if (Files.isDirectory(local)) {
            return new Theme(name, local);
        }
        URL bundled = Theme.class.getResource("/themes/" + name + "/theme.yml");
        if (bundled == null) {
            throw new ConfigException(siteRoot.resolve("site.yml") + ": theme '" + name + "' not found in "
                    + siteRoot.resolve("themes") + " nor among the bundled themes (default)");
        }
        return new Theme(name, pathOf(bundled).getParent());
    }

    private static Path pathOf(URL url) {
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException alreadyOpen) {
                // another build in this process opened the jar first
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
