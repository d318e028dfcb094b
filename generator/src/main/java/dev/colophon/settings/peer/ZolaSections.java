package dev.colophon.settings.peer;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Reads what a Zola section's {@code _index.md} says about its pages. */
public final class ZolaSections {
    private ZolaSections() {
    }

    /** The home page's {@code paginate_by} (the root section's), or null. */
    static Object rootPaginateBy(Path content) {
        return settings(content.resolve("_index.md")).get("paginate_by");
    }

    /** The TOML front matter of a section's _index.md, or an empty map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> settings(Path index) {
        try {
            if (!Files.isRegularFile(index)) {
                return Map.of();
            }
            String text = Files.readString(index).replace("\r\n", "\n");
            if (!text.startsWith("+++")) {
                return Map.of();
            }
            int end = text.indexOf("\n+++", 3);
            return end < 0 ? Map.of() : new TomlMapper().readValue(text.substring(3, end), Map.class);
        } catch (IOException e) {
            return Map.of();
        }
    }
}
