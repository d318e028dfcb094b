package dev.colophon.build;

import dev.colophon.settings.SiteConfig;
import dev.colophon.settings.peer.Generator;
import dev.colophon.settings.peer.ZolaSections;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of Zola's {@code insert_anchor_links} applies to a page: its section's (the {@code _index.md}
 * of the folder it lies in, a bundle's folder being the page itself), else {@code [markdown]}'s in
 * {@code config.toml}, else none. Zola looks no further up than the page's own section.
 */
final class ZolaAnchorMode {
    private final Path root;
    private final SiteConfig config;
    private final Map<Path, String> byFolder = new ConcurrentHashMap<>();

    ZolaAnchorMode(Path root, SiteConfig config) {
        this.root = root;
        this.config = config;
    }

    /** The mode for a source file (relative to the site's root): left, right, heading or none. */
    String forPage(Path relative) {
        if (!config.migration().is(Generator.ZOLA) || relative.getParent() == null) {
            return "none";
        }
        Path folder = relative.getParent();
        if (relative.getFileName().toString().startsWith("index.") && folder.getParent() != null) {
            folder = folder.getParent(); // a bundle belongs to the section around it, as in Zola
        }
        return byFolder.computeIfAbsent(folder, f -> of(ZolaSections.settings(root.resolve(f).resolve("_index.md")), config));
    }

    /** A section's own mode, from its front matter, else the site's. */
    static String of(Map<String, Object> sectionFields, SiteConfig config) {
        Object own = sectionFields.get("insert_anchor_links");
        if (own == null && config.migration().variables().get("markdown") instanceof Map<?, ?> markdown) {
            own = markdown.get("insert_anchor_links");
        }
        String mode = own == null ? "none" : own.toString().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "left", "right", "heading" -> mode;
            default -> "none";
        };
    }
}
