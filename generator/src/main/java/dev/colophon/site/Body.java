package dev.colophon.site;

/**
 * A page's rendered HTML body. A build keeps it on disk until a template or feed asks for it
 * ({@code build.RenderCache}), so that a site's bodies are never all in memory at once.
 */
@FunctionalInterface
public interface Body {
    /** The HTML. A stored body is read again on every call: a caller that needs it twice keeps the string. */
    String html();

    /** A body held in memory, for what is rendered on the spot (resolved links, tests). */
    static Body of(String html) {
        return new Held(html);
    }

    /** A body in memory. */
    record Held(String html) implements Body {
    }
}
