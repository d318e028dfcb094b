package dev.colophon.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Typed reads of front matter fields that collect every type problem instead of failing on the first. */
final class FieldReader {
    private final Path file;
    private final FrontMatter fm;
    private final DateParser dates;
    private final List<Problem> problems = new ArrayList<>();

    FieldReader(Path file, FrontMatter fm, DateParser dates) {
        this.file = file;
        this.fm = fm;
        this.dates = dates;
    }

    Object raw(String key) {
        return fm.fields().get(key);
    }

    String string(String key, String fallback) {
        Object v = fm.fields().get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Map || v instanceof List) {
            return invalid(key, "a text value", fallback);
        }
        return v.toString();
    }

    boolean bool(String key, boolean fallback) {
        Object v = fm.fields().get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString().strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) { // JBake headers are all text
            return s.equals("true");
        }
        return invalid(key, "true or false", fallback);
    }

    List<String> strings(String key) {
        Object v = fm.fields().get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            if (list.stream().anyMatch(e -> e instanceof Map || e instanceof List)) {
                return invalid(key, "a list of text values", List.of());
            }
            return list.stream().map(String::valueOf).toList();
        }
        if (v instanceof Map) {
            return invalid(key, "a list of text values, e.g. [java, web]", List.of());
        }
        return Arrays.stream(v.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    ZonedDateTime date(String key) {
        Object v = fm.fields().get(key);
        if (v == null) {
            return null;
        }
        ZonedDateTime parsed = v instanceof Map || v instanceof List ? null : dates.parse(v.toString()).orElse(null);
        return parsed != null ? parsed : invalid(key, DateParser.EXPECTED + " (got '" + v + "')", null);
    }

    <T> T invalid(String key, String expected, T fallback) {
        problems.add(new Problem(file, fm.lineOf(key), "'" + key + "' must be " + expected));
        return fallback;
    }

    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
    }
}
