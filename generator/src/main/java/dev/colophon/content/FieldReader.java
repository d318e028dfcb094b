package dev.colophon.content;

import dev.colophon.config.Problem;
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

    /** Names as Colophon reads them: Hugo's front matter is case-insensitive ({@code Title}, {@code Draft}). */
    private static final java.util.Set<String> MIXED_CASE = java.util.Set.of("publishDate");

    Object raw(String key) {
        return value(key);
    }

    /** A key's value, written in any case (Hugo lowercases every key); the exact spelling wins. */
    private Object value(String key) {
        Object exact = fm.fields().get(key);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, Object> e : fm.fields().entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The spelling Colophon reads a key under: {@code Title} is {@code title}. */
    static String canonical(String key) {
        for (String mixed : MIXED_CASE) {
            if (mixed.equalsIgnoreCase(key)) {
                return mixed;
            }
        }
        return key.toLowerCase(Locale.ROOT);
    }

    String string(String key, String fallback) {
        Object v = value(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Map || v instanceof List) {
            return invalid(key, "a text value", fallback);
        }
        return v.toString();
    }

    boolean bool(String key, boolean fallback) {
        Object v = value(key);
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
        Object v = value(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            // Jekyll themes' "tags: - [blog]" is a list of lists: read as the one list it means
            List<?> flat = list.stream().flatMap(e -> e instanceof List<?> inner ? inner.stream() : java.util.stream.Stream.of(e)).toList();
            if (flat.stream().anyMatch(e -> e instanceof Map || e instanceof List)) {
                return invalid(key, "a list of text values", List.of());
            }
            return flat.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
        }
        if (v instanceof Map) {
            return invalid(key, "a list of text values, e.g. [java, web]", List.of());
        }
        return Arrays.stream(v.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    ZonedDateTime date(String key) {
        Object v = value(key);
        if (v == null) {
            return null;
        }
        ZonedDateTime parsed = v instanceof Map || v instanceof List ? null : dates.parse(v.toString()).orElse(null);
        return parsed != null ? parsed : invalid(key, DateParser.EXPECTED + " (got '" + v + "')", null);
    }

    <T> T invalid(String key, String expected, T fallback) {
        problems.add(new Problem(file, lineOf(key), "'" + key + "' must be " + expected));
        return fallback;
    }

    private int lineOf(String key) {
        for (String written : fm.fields().keySet()) {
            if (written.equalsIgnoreCase(key)) {
                return fm.lineOf(written);
            }
        }
        return fm.lineOf(key);
    }

    /** A site made with another generator builds on: the problems become warnings, the fields their defaults. */
    void warnIfInvalid(List<Problem> warnings) {
        problems.forEach(p -> warnings.add(new Problem(p.file(), p.line(), p.message() + "; the default is used", "front-matter")));
    }

    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
    }
}
