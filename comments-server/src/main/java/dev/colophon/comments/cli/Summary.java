package dev.colophon.comments.cli;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Row counts by table as a command's summary line says them: "12 votes, 3 blocks". */
final class Summary {
    private Summary() {
    }

    static String of(Map<String, Long> counts, String... leftOut) {
        Set<String> skip = Set.of(leftOut);
        String text = counts.entrySet().stream().filter(e -> !skip.contains(e.getKey()) && e.getValue() > 0)
                .map(e -> String.format("%,d %s", e.getValue(), e.getKey().replace('_', ' ')))
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? "nothing else" : text;
    }
}
