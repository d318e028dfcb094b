package dev.colophon.markdown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Jekyll's and Liquid's filters over arrays: {@code where}, {@code group_by}, {@code sort} (by a
 * property too), {@code sample}, {@code push}, {@code pop}, {@code shift}, {@code unshift}. Each gives
 * a new list, as Liquid does; {@code null} where the filter does not apply to its input.
 */
final class LiquidLists {
    private LiquidLists() {
    }

    /** Jekyll's {@code where}: the items whose property is the value, or holds it when the property is an array. */
    static List<Object> where(List<?> items, String property, Object value) {
        String wanted = LiquidValues.text(value);
        List<Object> kept = new ArrayList<>();
        for (Object item : items) {
            Object p = LiquidValues.property(item, property);
            boolean match = p instanceof List<?> list ? list.stream().anyMatch(v -> LiquidValues.text(v).equals(wanted))
                    : LiquidValues.text(p).equals(wanted);
            if (match) {
                kept.add(item);
            }
        }
        return kept;
    }

    /** Jekyll's {@code group_by}: {@code {name, items, size}} for each value, in the order they first appear. */
    static List<Object> groupBy(List<?> items, Function<Object, Object> key) {
        Map<String, List<Object>> groups = new LinkedHashMap<>();
        for (Object item : items) {
            groups.computeIfAbsent(LiquidValues.text(key.apply(item)), k -> new ArrayList<>()).add(item);
        }
        List<Object> grouped = new ArrayList<>();
        groups.forEach((name, members) -> grouped.add(Map.of("name", name, "items", members, "size", members.size())));
        return grouped;
    }

    /** Liquid's {@code sort} (and {@code sort_natural}, case aside), by a property when one is named; missing values first, as Jekyll's. */
    static List<Object> sort(List<?> items, String property, boolean natural) {
        Function<Object, Object> key = property == null ? item -> item : item -> LiquidValues.property(item, property);
        Comparator<Object> order = (a, b) -> compare(key.apply(a), key.apply(b), natural);
        List<Object> sorted = new ArrayList<>(items);
        sorted.sort(order);
        return sorted;
    }

    private static int compare(Object a, Object b, boolean natural) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable<?> && !(a instanceof String)) {
            @SuppressWarnings("unchecked")
            Comparable<Object> x = (Comparable<Object>) a;
            return x.compareTo(b);
        }
        String x = LiquidValues.text(a);
        String y = LiquidValues.text(b);
        return natural ? x.toLowerCase(Locale.ROOT).compareTo(y.toLowerCase(Locale.ROOT)) : x.compareTo(y);
    }

    /** {@code sample}, {@code push}, {@code pop}, {@code shift} and {@code unshift}; null for input that is not an array. */
    static Object apply(String name, Object value, List<Object> args) {
        if (!(value instanceof List<?> items)) {
            return null;
        }
        List<Object> copy = new ArrayList<>(items);
        Object arg = args.isEmpty() ? null : args.get(0);
        switch (name) {
            case "push" -> copy.add(arg);
            case "unshift" -> copy.add(0, arg);
            case "pop", "shift" -> {
                int n = (int) Math.min(copy.size(), arg instanceof Number number ? number.longValue() : 1);
                return name.equals("pop") ? copy.subList(0, copy.size() - n) : copy.subList(n, copy.size());
            }
            default -> {
                return sample(copy, arg);
            }
        }
        return copy;
    }

    /**
     * Jekyll's {@code sample}: one item, or a list of {@code n}. Jekyll picks at random on each build;
     * the pick here is the same on every build of the same list (seeded by its length), so that a page
     * does not change, and is written again, when nothing in it did.
     */
    private static Object sample(List<Object> items, Object count) {
        java.util.Collections.shuffle(items, new Random(items.size()));
        if (count == null) {
            return items.isEmpty() ? null : items.get(0);
        }
        int n = count instanceof Number number ? (int) Math.max(0, number.longValue()) : 1;
        return items.subList(0, Math.min(n, items.size()));
    }

    /** Jekyll's {@code array_to_sentence_string}: "a", "a and b", "a, b, and c". */
    static String sentence(List<?> items, String connector) {
        List<String> words = items.stream().map(LiquidValues::text).toList();
        return switch (words.size()) {
            case 0 -> "";
            case 1 -> words.get(0);
            case 2 -> words.get(0) + " " + connector + " " + words.get(1);
            default -> String.join(", ", words.subList(0, words.size() - 1)) + ", " + connector + " " + words.get(words.size() - 1);
        };
    }

    /** Where the first filter of an expression starts: its first bar outside quotes, or -1. */
    static int firstBar(String expression) {
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '|') {
                return i;
            }
        }
        return -1;
    }
}
