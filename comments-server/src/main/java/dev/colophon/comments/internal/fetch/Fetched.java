package dev.colophon.comments.internal.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A fetched response after redirects.
 *
 * @param url where the body came from (the last redirect's target)
 * @param truncated the body was longer than the limit and was cut off there
 */
public record Fetched(URI url, int status, String contentType, byte[] body, boolean truncated) {

    public String text() {
        return new String(body, charset());
    }

    public boolean isHtml() {
        return contentType == null || contentType.toLowerCase().contains("html");
    }

    private Charset charset() {
        if (contentType != null) {
            int at = contentType.toLowerCase().indexOf("charset=");
            if (at >= 0) {
                try {
                    return Charset.forName(contentType.substring(at + 8).replace("\"", "").split(";")[0].strip());
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
