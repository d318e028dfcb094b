package dev.colophon.output;

import dev.colophon.site.Fingerprint;
import dev.colophon.site.Permalinks;

/**
 * A page that sends its reader on to an absolute URL, on the site or off it (jekyll-redirect-from's
 * {@code redirect_to}, Zola's section {@code redirect_to} and {@code aliases}): a refresh and a link.
 */
final class RedirectPage {
    private RedirectPage() {
    }

    static OutputFile at(String url, String target, String origin, long fingerprint) {
        String href = target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        String file = Permalinks.fileOf(url);
        return OutputFile.text(OutputFormat.ofPage(file), file, origin, Fingerprint.mix(fingerprint, Fingerprint.of(target)),
                () -> "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Redirecting</title>\n"
                        + "<link rel=\"canonical\" href=\"" + href + "\">\n<meta name=\"robots\" content=\"noindex\">\n"
                        + "<meta http-equiv=\"refresh\" content=\"0; url=" + href + "\">\n</head>\n"
                        + "<body><p>This page has moved to <a href=\"" + href + "\">" + href + "</a>.</p></body>\n</html>\n");
    }
}
