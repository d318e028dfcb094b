package dev.colophon.build;

import dev.colophon.settings.SiteConfig;

/** Where a Zola section's {@code redirect_to} points, as Zola's {@code make_permalink} writes it. */
final class ZolaRedirects {
    private ZolaRedirects() {
    }

    /** An absolute URL: an {@code http:} or {@code https:} one as it is, else a path on the site; "" for none. */
    static String target(Object written, SiteConfig config) {
        if (!(written instanceof String to) || to.isBlank()) {
            return "";
        }
        String value = to.strip();
        if (value.startsWith("http:") || value.startsWith("https:")) {
            return value;
        }
        String path = value.replaceFirst("^/+", "");
        // Zola adds the slash of a folder's URL except to a file's (a feed's) or a fragment's
        boolean asWritten = path.isEmpty() || path.endsWith("/") || path.contains("#") || path.endsWith(".xml") || path.endsWith(".html");
        return config.absolute("/" + path + (asWritten ? "" : "/"));
    }
}
