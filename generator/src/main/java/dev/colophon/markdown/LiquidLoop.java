package dev.colophon.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a {@code for} or {@code tablerow} loop as Liquid reads it ({@code post in site.posts
 * limit: 2 offset: 1 reversed}, {@code n in (1..3)}, {@code cols: 3}), its items in the order the loop
 * takes them, and the {@code forloop} and {@code tablerowloop} each item sees.
 */
record LiquidLoop(String variable, String collection, String parameters) {
    private static final Pattern HEAD = Pattern.compile("(\\w+)\\s+in\\s+(\\([^)]*\\)|\\S+)(.*)");
    private static final Pattern RANGE = Pattern.compile("\\(\\s*(\\S+?)\\s*\\.\\.\\s*(\\S+?)\\s*\\)");
    private static final Pattern PARAMETER = Pattern.compile("(limit|offset)\\s*:\\s*([^\\s,]+)|(reversed)");
    private static final Pattern COLS = Pattern.compile("cols\\s*:\\s*([^\\s,]+)");
    private static final int MAX_ITERATIONS = 10_000;

    /** The loop a tag's arguments write, or null where they are not one. */
    static LiquidLoop parse(String args) {
        Matcher m = HEAD.matcher(args.strip());
        return m.matches() ? new LiquidLoop(m.group(1), m.group(2), m.group(3)) : null;
    }

    /**
     * The items after {@code offset}, {@code limit} and {@code reversed}, in the order Liquid applies
     * them; {@code value} gives a variable's value. A hash is walked as {@code [key, value]} pairs.
     */
    List<Object> items(Function<String, Object> value) {
        List<Object> items = all(value);
        Matcher p = PARAMETER.matcher(parameters);
        int offset = 0;
        int limit = Integer.MAX_VALUE;
        boolean reversed = false;
        while (p.find()) {
            if (p.group(3) != null) {
                reversed = true;
            } else {
                int n = (int) number(value.apply(p.group(2)));
                offset = p.group(1).equals("offset") ? n : offset;
                limit = p.group(1).equals("limit") ? n : limit;
            }
        }
        int from = Math.min(Math.max(0, offset), items.size());
        List<Object> sliced = new ArrayList<>(items.subList(from, Math.min(items.size(), from + Math.min(Math.max(0, limit), MAX_ITERATIONS))));
        if (reversed) {
            java.util.Collections.reverse(sliced);
        }
        return sliced;
    }

    /** A tablerow's cells to a row: its {@code cols}, else all of them in one row. */
    int cols(Function<String, Object> value, int size) {
        Matcher c = COLS.matcher(parameters);
        int cols = c.find() ? (int) number(value.apply(c.group(1))) : size;
        return cols <= 0 ? Math.max(1, size) : cols;
    }

    static Map<String, Object> forloop(int i, int length) {
        return Map.of("index", i + 1, "index0", i, "first", i == 0, "last", i == length - 1, "length", length,
                "rindex", length - i, "rindex0", length - i - 1);
    }

    static Map<String, Object> tablerowloop(int i, int length, int cols) {
        int col = i % cols + 1;
        Map<String, Object> loop = new HashMap<>(forloop(i, length));
        loop.putAll(Map.of("col", col, "col0", col - 1, "col_first", col == 1, "col_last", col == cols, "row", i / cols + 1));
        return loop;
    }

    private List<Object> all(Function<String, Object> value) {
        Matcher range = RANGE.matcher(collection);
        if (range.matches()) {
            long from = number(value.apply(range.group(1)));
            long to = number(value.apply(range.group(2)));
            List<Object> numbers = new ArrayList<>();
            for (long n = from; n <= to && numbers.size() < MAX_ITERATIONS; n++) {
                numbers.add(n);
            }
            return numbers;
        }
        Object v = value.apply(collection);
        if (v instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (v instanceof Map<?, ?> map) {
            List<Object> pairs = new ArrayList<>();
            map.forEach((k, item) -> pairs.add(List.of(String.valueOf(k), item == null ? "" : item)));
            return pairs;
        }
        return v == null || "".equals(v) ? List.of() : List.of(v);
    }

    private static long number(Object value) {
        try {
            return value instanceof Number n ? n.longValue() : Long.parseLong(LiquidValues.text(value).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
