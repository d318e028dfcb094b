package dev.colophon.settings.peer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.colophon.config.ConfigException;
import dev.colophon.config.YamlSettings;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Reads another generator's configuration file (TOML, YAML, JSON or properties) into plain maps. */
final class PeerFiles {
    private PeerFiles() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) {
        String name = file.getFileName().toString();
        try {
            String text = Files.readString(file);
            if (name.endsWith(".toml")) {
                return new TomlMapper().readValue(text, LinkedHashMap.class);
            }
            if (name.endsWith(".json")) {
                return new ObjectMapper().readValue(text, LinkedHashMap.class);
            }
            if (name.endsWith(".properties")) {
                Properties properties = new Properties();
                properties.load(new StringReader(text));
                Map<String, Object> map = new LinkedHashMap<>();
                properties.stringPropertyNames().stream().sorted().forEach(k -> map.put(k, properties.getProperty(k)));
                return map;
            }
            Object yaml = YamlSettings.newYaml().load(text);
            return yaml instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(file + ": cannot be read as " + name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT)
                    + " (" + firstLine(e.getMessage()) + ")");
        }
    }

    /** A YAML file's whole value (a data file may be a list), with the file named if it cannot be read. */
    static Object readYamlValue(Path file) {
        try {
            org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
            // the author's own file, read as Jekyll reads it: Minimal Mistakes' ui-text.yml has hundreds of aliases
            options.setMaxAliasesForCollections(5_000);
            org.yaml.snakeyaml.DumperOptions dump = new org.yaml.snakeyaml.DumperOptions();
            return new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options),
                    new org.yaml.snakeyaml.representer.Representer(dump), dump, options).load(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(file + ": cannot be read as YAML (" + firstLine(e.getMessage()) + ")");
        }
    }

    /**
     * Hugo's configuration folder: the main file, and beside it one file per top-level key
     * ({@code params.toml}, {@code menus.toml}, {@code permalinks.toml}).
     */
    static Map<String, Object> readFolder(Path main) {
        Map<String, Object> merged = read(main);
        try (var files = Files.list(main.getParent())) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String key = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                if (file.equals(main) || key.startsWith("_") || !name.matches(".*\\.(toml|yaml|yml|json)")) {
                    continue;
                }
                merged.putIfAbsent(key.equals("menus") ? "menu" : key, read(file));
            }
        } catch (IOException e) {
            throw new ConfigException(main.getParent() + ": cannot be read (" + e.getMessage() + ")");
        }
        return merged;
    }

    /** Hugo reads its keys case-insensitively: a copy with every map key in lower case, at any depth. */
    @SuppressWarnings("unchecked")
    static Object lowerKeys(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> lower = new LinkedHashMap<>();
            map.forEach((k, v) -> lower.putIfAbsent(String.valueOf(k).toLowerCase(Locale.ROOT), lowerKeys(v)));
            return lower;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PeerFiles::lowerKeys).toList();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static String text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? null : value.toString();
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
