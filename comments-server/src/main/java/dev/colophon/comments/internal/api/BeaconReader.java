package dev.colophon.comments.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.colophon.comments.internal.stats.View;
import dev.colophon.comments.internal.thread.RequestValidator;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Reads a view beacon: {@code {"page", "site", "referrer", "utm", "title"}}, sent as text by sendBeacon.
 * The referrer is cut to its domain; visits from the site itself count as direct; {@code /a/index.html}
 * is the page {@code /a/}; the title is the page's, for the dashboard.
 */
public final class BeaconReader {
    private static final int MAX_SOURCE = 100;
    private static final int MAX_TITLE = 200;

    /** A valid beacon; the title is null when the page sent none. */
    public record Beacon(String site, String page, String source, String title) {
        public View toView(String visitor, long day) {
            return new View(site, page, visitor, source, day, title);
        }
    }

    private BeaconReader() {
    }

    public static Beacon read(byte[] body, String origin) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("a view beacon is a JSON object with a page");
        }
        if (json == null || !json.isObject()) {
            throw ApiException.badRequest("a view beacon is a JSON object with a page");
        }
        String page = RequestValidator.page(text(json, "page"));
        if (page.endsWith("/index.html")) {
            page = page.substring(0, page.length() - "index.html".length());
        }
        String site = RequestValidator.site(text(json, "site"));
        String utm = text(json, "utm");
        String source = utm != null && !utm.isBlank() ? utm.strip().toLowerCase(Locale.ROOT) : domain(text(json, "referrer"), origin);
        return new Beacon(site, page, source.length() > MAX_SOURCE ? source.substring(0, MAX_SOURCE) : source,
                title(text(json, "title")));
    }

    /** One line of plain text, as the page's title element has it; control characters and runs of space go. */
    static String title(String raw) {
        if (raw == null) {
            return null;
        }
        String title = raw.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (title.isEmpty()) {
            return null;
        }
        return title.codePointCount(0, title.length()) <= MAX_TITLE ? title
                : title.substring(0, title.offsetByCodePoints(0, MAX_TITLE - 1)) + "…";
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String domain(String referrer, String origin) {
        if (referrer == null || referrer.isBlank()) {
            return "";
        }
        try {
            String host = URI.create(referrer.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String own = origin == null ? null : URI.create(origin).getHost();
            return own != null && host.equals(own.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")) ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
