package dev.colophon.build;

import dev.colophon.site.Fingerprint;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Identifies the running Colophon: its jar's size and time, else its version. Every fingerprint and
 * the Markdown cache include it, so that a new Colophon renders the whole site again instead of
 * trusting files an older one wrote.
 */
final class CodeIdentity {
    static final long CURRENT = of(location(), SiteBuilder.CACHE_VERSION);

    private CodeIdentity() {
    }

    static long of(Path code, String version) {
        try {
            if (code != null && Files.isRegularFile(code)) {
                return Fingerprint.mix(Fingerprint.of(version), Files.size(code), Files.getLastModifiedTime(code).toMillis());
            }
        } catch (IOException unreadable) {
            // the version alone, as for classes in a folder
        }
        return Fingerprint.of(version);
    }

    private static Path location() {
        CodeSource source = CodeIdentity.class.getProtectionDomain().getCodeSource();
        try {
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
            return null;
        }
    }
}
