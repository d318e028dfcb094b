package dev.colophon.output;

import dev.colophon.settings.SiteConfig;
import dev.colophon.site.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the {@code _redirects} file that Netlify and Cloudflare Pages read, with the one rule a blog on
 * the fediverse needs when its comment server has another origin: {@code /.well-known/webfinger} goes
 * to the comment server, so that {@code @blog@blog.example} can be found (docs/activitypub.md). A site's
 * own {@code _redirects} (in a static folder) is kept and the rule added to it.
 */
public final class RedirectsRenderer {
    public static final String FILE = OutputFormat.REDIRECTS.fileName();
    static final String WEBFINGER = "/.well-known/webfinger";

    /** The file to write, or none when there are no comments or they share the site's origin. */
    public List<OutputFile> files(SiteConfig config, List<Path> staticFolders, long global) {
        if (!config.hasComments() || sameOrigin(config.baseUrl(), config.commentsUrl())) {
            return List.of();
        }
        String own = own(staticFolders);
        String rule = WEBFINGER + "  " + config.commentsUrl() + WEBFINGER + "  301\n";
        String text = own.lines().anyMatch(line -> line.strip().startsWith(WEBFINGER + " ")) ? own
                : (own.isEmpty() || own.endsWith("\n") ? own : own + "\n") + rule;
        return List.of(OutputFile.text(OutputFormat.REDIRECTS, FILE, FILE, Fingerprint.mix(global, Fingerprint.of(text)), () -> text));
    }

    private static String own(List<Path> staticFolders) {
        for (Path folder : staticFolders) {
            Path file = folder.resolve(FILE);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return "";
    }

    private static boolean sameOrigin(String a, String b) {
        try {
            URI one = URI.create(a);
            URI two = URI.create(b);
            return one.getScheme() != null && one.getScheme().equals(two.getScheme()) && one.getHost() != null
                    && one.getHost().equalsIgnoreCase(two.getHost()) && one.getPort() == two.getPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
