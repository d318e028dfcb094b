package dev.colophon.markdown;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The includes that a page's Liquid logic ran with the page's variables, waiting for their calls in
 * its text: the shortcodes take each as they reach its call, in the order they ran.
 */
final class RanIncludes {
    private final Map<String, ArrayDeque<LiquidIncludes.Ran>> byCall = new HashMap<>();

    RanIncludes(List<LiquidIncludes.Ran> ran) {
        ran.forEach(r -> byCall.computeIfAbsent(r.arguments(), a -> new ArrayDeque<>()).add(r));
    }

    /** The next include that ran for a call with these arguments (name and parameters as written), or null. */
    LiquidIncludes.Ran take(String arguments) {
        ArrayDeque<LiquidIncludes.Ran> waiting = byCall.get(arguments);
        return waiting == null ? null : waiting.poll();
    }
}
