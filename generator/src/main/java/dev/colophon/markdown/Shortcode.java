package dev.colophon.markdown;

/**
 * One family of other generators' shortcodes (videos, links to pages, a site's own templates...),
 * registered by name in a {@link ShortcodeRegistry} as Pebble's filters are.
 */
public interface Shortcode {
    /** The HTML (or Markdown) for a call, or null to leave it as written and report it. */
    String expand(ShortcodeCall call, ShortcodeContext context);
}
