package dev.colophon.content;

import java.util.Map;

/**
 * The metadata block of a source file and the Markdown after it.
 *
 * @param fields parsed values by key, in file order
 * @param lines the 1-based line of each top-level key, for error messages
 * @param body the Markdown body
 * @param bodyLine the 1-based line where the body starts
 */
public record FrontMatter(Map<String, Object> fields, Map<String, Integer> lines, String body, int bodyLine) {

    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
