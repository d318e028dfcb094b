package dev.colophon.markdown;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Liquid's conditions: {@code ==}, {@code !=}, {@code <}, {@code >}, {@code contains}, {@code and}/{@code or} (right to left), {@code empty}. */
final class LiquidConditions {
    private static final Pattern LOGICAL = Pattern.compile("\\s+(and|or)\\s+");
    private static final Pattern COMPARISON = Pattern.compile("(.+?)\\s*(==|!=|<>|>=|<=|>|<|\\scontains\\s)\\s*(.+)");
    private static final Object EMPTY = new Object();
    private static final Object BLANK = new Object();

    private LiquidConditions() {
    }

    /** Whether a condition holds; {@code resolve} gives a variable's value (and throws for one it cannot know). */
    static boolean test(String condition, Function<String, Object> resolve) {
        String c = condition.strip();
        Matcher logical = LOGICAL.matcher(c);
        while (logical.find()) {
            if (outsideQuotes(c, logical.start())) { // a and b or c is a and (b or c)
                boolean left = test(c.substring(0, logical.start()), resolve);
                return logical.group(1).equals("and") ? left && test(c.substring(logical.end()), resolve)
                        : left || test(c.substring(logical.end()), resolve);
            }
        }
        Matcher m = COMPARISON.matcher(c);
        if (!m.matches() || !outsideQuotes(c, m.start(2))) {
            return truthy(resolve.apply(c));
        }
        Object a = operand(m.group(1), resolve);
        Object b = operand(m.group(3), resolve);
        return switch (m.group(2).strip()) {
            case "==" -> equal(a, b);
            case "!=", "<>" -> !equal(a, b);
            case "contains" -> contains(a, b);
            case "<" -> compare(a, b) < 0;
            case ">" -> compare(a, b) > 0;
            case "<=" -> compare(a, b) <= 0 && compare(a, b) != Integer.MIN_VALUE;
            default -> compare(a, b) >= 0;
        };
    }

    /** A case's value against a when's list ({@code when "a", "b"} or {@code when "a" or "b"}). */
    static boolean matchesWhen(String subject, String when, Function<String, Object> resolve) {
        Object value = resolve.apply(subject.strip());
        for (String option : when.split("\\s*,\\s*|\\s+or\\s+(?=(?:[^\"']*[\"'][^\"']*[\"'])*[^\"']*$)")) {
            if (!option.isBlank() && equal(value, operand(option, resolve))) {
                return true;
            }
        }
        return false;
    }

    private static Object operand(String written, Function<String, Object> resolve) {
        String w = written.strip();
        return w.equals("empty") ? EMPTY : w.equals("blank") ? BLANK : resolve.apply(w);
    }

    static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    private static boolean equal(Object a, Object b) {
        if (a == EMPTY || b == EMPTY) {
            Object other = a == EMPTY ? b : a;
            return other instanceof String s ? s.isEmpty() : other instanceof Collection<?> c ? c.isEmpty()
                    : other instanceof Map<?, ?> map && map.isEmpty();
        }
        if (a == BLANK || b == BLANK) {
            Object other = a == BLANK ? b : a;
            return !truthy(other) || other instanceof String s && s.isBlank() || equal(other, EMPTY);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof Collection<?> || b instanceof Collection<?> || a instanceof Map<?, ?> || b instanceof Map<?, ?>) {
            return Objects.equals(a, b);
        }
        return a == null || b == null ? a == b : a.getClass() == b.getClass() ? a.equals(b)
                : !(a instanceof Boolean) && !(b instanceof Boolean) && LiquidValues.text(a).equals(LiquidValues.text(b));
    }

    private static boolean contains(Object a, Object b) {
        if (a instanceof String s) {
            return s.contains(LiquidValues.text(b));
        }
        if (a instanceof Collection<?> c) {
            return c.stream().anyMatch(item -> equal(item, b));
        }
        return a instanceof Map<?, ?> m && m.containsKey(LiquidValues.text(b));
    }

    /** Numbers by value, text by its characters; Integer.MIN_VALUE where they do not compare (every comparison is false). */
    private static int compare(Object a, Object b) {
        try {
            if (a instanceof Number || b instanceof Number) {
                return new BigDecimal(LiquidValues.text(a).strip()).compareTo(new BigDecimal(LiquidValues.text(b).strip()));
            }
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Comparable<?> && a.getClass() == b.getClass()) {
            @SuppressWarnings("unchecked")
            Comparable<Object> x = (Comparable<Object>) a;
            return x.compareTo(b);
        }
        return Integer.MIN_VALUE;
    }

    private static boolean outsideQuotes(String text, int position) {
        int quotes = 0;
        for (int i = 0; i < position; i++) {
            if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                quotes++;
            }
        }
        return quotes % 2 == 0;
    }
}
