package dev.colophon.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pebble's {@code range()} with a ceiling: a template may loop over at most {@link #MAX} numbers per
 * call, so {@code range(1, 200000000)} is an error naming the template and line instead of minutes of
 * work ending in an OutOfMemoryError.
 */
final class BoundedRange {
    static final long MAX = 100_000;

    private BoundedRange() {
    }

    /** The functions with {@code range} replaced by the bounded one. */
    static Map<String, Function> replace(Map<String, Function> functions) {
        if (functions == null || !functions.containsKey("range")) {
            return functions;
        }
        Map<String, Function> bounded = new HashMap<>(functions);
        bounded.put("range", new Ceiling(functions.get("range")));
        return bounded;
    }

    private record Ceiling(Function range) implements Function {
        @Override
        public List<String> getArgumentNames() {
            return range.getArgumentNames();
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            if (args.get("start") instanceof Number start && args.get("end") instanceof Number end) {
                long step = args.get("increment") instanceof Number s && s.longValue() != 0 ? Math.abs(s.longValue()) : 1;
                long count = Math.abs(end.longValue() - start.longValue()) / step + 1;
                if (count > MAX) {
                    throw new PebbleException(null, "range(" + start + ", " + end + ") makes " + count
                            + " numbers; a template may loop over at most " + MAX, lineNumber, self.getName());
                }
            }
            return range.execute(args, self, context, lineNumber);
        }
    }
}
