package dev.colophon.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Typed reads from one YAML mapping, collecting every problem (unknown key, wrong type) with the
 * file and line, so that a user fixes a config file in one pass.
 */
public final class YamlSettings {
    private final String source;
    private final Map<String, Object> values;
    private final String text;
    private final Set<String> known = new TreeSet<>();
    private final List<Problem> problems = new ArrayList<>();

    private YamlSettings(String source, Map<String, Object> values, String text) {
        this.source = source;
        this.values = values;
        this.text = text;
    }

    public static YamlSettings read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(new Problem(file, 0, "cannot be read (" + e.getMessage() + ")"));
        }
    }

    public static YamlSettings empty(String source) {
        return new YamlSettings(source, Map.of(), "");
    }

    @SuppressWarnings("unchecked")
    public static YamlSettings parse(String source, String text) {
        Object root;
        try {
            root = newYaml().load(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(new Problem(Path.of(source), line, "invalid YAML: " + e.getProblem()));
        } catch (YAMLException e) { // SnakeYAML's limits: nesting depth, aliases
            throw new ConfigException(new Problem(Path.of(source), 0, "YAML too complex: " + e.getMessage()));
        }
        if (root == null) {
            return new YamlSettings(source, Map.of(), text);
        }
        if (!(root instanceof Map)) {
            throw new ConfigException(new Problem(Path.of(source), 1, "expected a mapping of settings (key: value)"));
        }
        return new YamlSettings(source, new LinkedHashMap<>((Map<String, Object>) root), text);
    }

    /**
     * These settings over defaults read elsewhere (another generator's configuration): a key missing
     * here takes the default's value, and is known.
     */
    public YamlSettings over(Map<String, Object> defaults) {
        Map<String, Object> merged = new LinkedHashMap<>(defaults);
        merged.putAll(values);
        return new YamlSettings(source, merged, text);
    }

    /** A value as written (a list of mappings, say), for settings the caller checks itself. */
    public Object raw(String key) {
        return take(key);
    }

    /** A SnakeYAML loader that leaves dates as strings, so that one parser handles every date format. */
    public static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Resolver resolver = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
            }
        };
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, resolver);
    }

    public String string(String key, String fallback) {
        Object value = take(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Map || value instanceof List) {
            return wrongType(key, "a text value", fallback);
        }
        return value.toString();
    }

    public int integer(String key, int fallback) {
        Object value = take(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer i) {
            return i;
        }
        return wrongType(key, "a whole number", fallback);
    }

    public boolean bool(String key, boolean fallback) {
        Object value = take(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return wrongType(key, "true or false", fallback);
    }

    public List<String> strings(String key) {
        Object value = take(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof Map) {
            return wrongType(key, "a list of text values", List.of());
        }
        return List.of(value.toString());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key) {
        Object value = take(key);
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        return wrongType(key, "a mapping", Map.of());
    }

    /** Records a problem with a value the caller validated itself. */
    public void invalid(String key, String expected) {
        problems.add(new Problem(Path.of(source), line(key), "'" + key + "' must be " + expected));
    }

    /** Throws if any key is unknown or any value was of the wrong type; call after every read. */
    public void finish() {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                String hint = NearestName.among(known, key).map(near -> "; did you mean '" + near + "'?").orElse("");
                problems.add(new Problem(Path.of(source), line(key), "unknown setting '" + key + "'" + hint + " (known: "
                        + String.join(", ", known) + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    private Object take(String key) {
        known.add(key);
        return values.get(key);
    }

    private <T> T wrongType(String key, String expected, T fallback) {
        invalid(key, expected);
        return fallback;
    }

    /** The file this mapping was read from, as it was named. */
    public String source() {
        return source;
    }

    /** The line on which a top-level key is written, or 1 when it cannot be found. */
    public int line(String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(key + ":") || line.startsWith("\"" + key + "\":") || line.startsWith("'" + key + "':")) {
                return i + 1;
            }
        }
        return 1;
    }
}
