package dev.colophon.comments.internal.config;


import dev.colophon.config.ConfigException;
import dev.colophon.config.Problem;
import dev.colophon.config.YamlSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the user wrote for each setting, and where: the file (with its line), an environment variable
 * ({@code COLOPHON_} and the name in capitals) or a flag, the later winning. A setting nobody wrote keeps
 * its typed default; {@link ServerConfigReader} turns the text into values.
 */
final class GivenSettings {
    /** Where a setting's text came from, to name it in a problem. */
    private record Given(String text, Path file, int line, String source) {
        Problem problem(String key, String message) {
            return file != null ? new Problem(file, line, key + " " + message)
                    : Problem.unlocated(key + " (from " + source + ") " + message);
        }
    }

    private final Map<String, Given> given = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    static GivenSettings collect(List<String> keys, Set<String> lists, Path file, Map<String, String> env,
                                 Map<String, String> flags) {
        GivenSettings settings = new GivenSettings();
        if (file != null) {
            settings.readFile(keys, lists, file);
        }
        for (String key : keys) {
            String name = "COLOPHON_" + key.toUpperCase(Locale.ROOT);
            if (env.containsKey(name)) {
                settings.put(key, new Given(env.get(name), null, 0, "environment " + name));
            }
        }
        flags.forEach((key, value) -> settings.put(key, new Given(value, null, 0, "flag --" + key.replace('_', '-'))));
        return settings;
    }

    private void readFile(List<String> keys, Set<String> lists, Path file) {
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(file, 0, "config file not found"));
            return;
        }
        YamlSettings yaml = YamlSettings.read(file);
        for (String key : keys) {
            boolean list = lists.contains(key);
            String value = list ? String.join(",", yaml.strings(key)) : yaml.string(key, null);
            if (value != null && !(list && value.isEmpty())) {
                put(key, new Given(value, file, yaml.line(key), file.toString()));
            }
        }
        try {
            yaml.finish(); // unknown keys, each with its line and the nearest known key
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
    }

    private void put(String key, Given value) {
        given.put(key, new Given(value.text() == null ? "" : value.text().strip(), value.file(), value.line(), value.source()));
    }

    /** Whether anyone wrote this setting. */
    boolean has(String key) {
        return given.containsKey(key);
    }

    /** The text written for a setting, or null if nobody wrote it. */
    String text(String key) {
        Given value = given.get(key);
        return value == null ? null : value.text();
    }

    /** Records a problem with a setting, located where its text came from ("default" if nobody wrote it). */
    void problem(String key, String message) {
        Given value = given.get(key);
        problems.add(value == null ? Problem.unlocated(key + " (from default) " + message) : value.problem(key, message));
    }

    /** Records a problem that belongs to no one setting. */
    void problem(String message) {
        problems.add(Problem.unlocated(message));
    }

    /** Throws with every problem found, if any. */
    void finish() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }
}
