package dev.colophon.content;

import java.util.Map;

/**
 * The metadata block of a source file and the Markdown after it.
 *
 * @param format YAML between ---, TOML between +++, JBake's key=value lines, or none
 * @param fields parsed values by key, in file order
 * @param lines the 1-based line of each top-level key, for error messages
 * @param body the Markdown body
 * @param bodyLine the 1-based line where the body starts
 */
public record FrontMatter(Format format, Map<String, Object> fields, Map<String, Integer> lines, String body, int bodyLine) {
    /** How the block was written: values mean slightly different things in each (Jekyll's "a b" tags). */
    public enum Format { YAML, TOML, JBAKE, NONE }

    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
