package dev.colophon.build;

import dev.colophon.settings.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Jekyll's {@code site.static_files} (the files it copies as they are) and {@code site.collections}
 * (each collection as an object, {@code posts} among them, sorted by label), for Liquid in content.
 */
final class JekyllCollections {
    private JekyllCollections() {
    }

    /**
     * The files published as they are, by path: {@code path} ({@code /assets/a.png}), {@code name},
     * {@code basename}, {@code extname}, {@code modified_time} (read only when asked for) and a nil
     * {@code collection}, as Jekyll's static file drop has them.
     */
    static List<Object> staticFiles(Path root, SiteConfig config, Collection<Path> assets) {
        List<Object> files = new ArrayList<>();
        assets.stream().sorted().forEach(asset -> {
            String path = "/" + config.withinContent(asset).toString().replace('\\', '/');
            String name = asset.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Map<String, Object> file = new HashMap<>();
            file.put("path", path);
            file.put("url", path);
            file.put("name", name);
            file.put("basename", dot > 0 ? name.substring(0, dot) : name);
            file.put("extname", dot > 0 ? name.substring(dot) : "");
            file.put("collection", null);
            file.put("modified_time", (Supplier<Object>) () -> modified(root.resolve(asset), config));
            files.add(file);
        });
        return files;
    }

    private static Object modified(Path file, SiteConfig config) {
        try {
            return ZonedDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), config.timezone());
        } catch (IOException e) {
            return null; // gone meanwhile
        }
    }

    /**
     * The collections as Jekyll's {@code site.collections} walks them: {@code label}, {@code docs}
     * (oldest first for posts, as Jekyll sorts them), {@code files} (none: Colophon copies no file out
     * of a collection's folder), {@code relative_directory}, {@code directory}, {@code output} and
     * the settings {@code _config.yml} gives it ({@code permalink}...).
     *
     * @param documents each collection's documents by its label, {@code posts} newest first
     */
    static List<Object> collections(Path root, SiteConfig config, Map<String, List<Object>> documents) {
        Map<?, ?> configured = config.migration().variables().get("collections") instanceof Map<?, ?> m ? m : Map.of();
        List<Object> collections = new ArrayList<>();
        documents.keySet().stream().sorted().forEach(label -> {
            Map<String, Object> collection = new HashMap<>();
            if (configured.get(label) instanceof Map<?, ?> settings) {
                settings.forEach((k, v) -> collection.put(String.valueOf(k), v));
            }
            List<Object> docs = new ArrayList<>(documents.get(label));
            if (label.equals("posts")) {
                java.util.Collections.reverse(docs);
            }
            collection.put("label", label);
            collection.put("docs", docs);
            collection.put("files", List.of());
            collection.put("relative_directory", "_" + label);
            collection.put("directory", root.resolve("_" + label).toString());
            collection.putIfAbsent("output", label.equals("posts"));
            collections.add(collection);
        });
        return collections;
    }
}
