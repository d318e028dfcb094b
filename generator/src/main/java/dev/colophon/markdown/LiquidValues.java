package dev.colophon.markdown;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's output tags in content, {@code {{ site.X }}}, {@code {{ page.X | filter: arg }}}: the
 * variable from the site's configuration or the page's front matter, through the filters Jekyll
 * sites use. Anything it cannot resolve comes back null, for a warning.
 */
public final class LiquidValues {
    private static final Pattern FILTER = Pattern.compile("\\s*([\\w-]+)\\s*(?::\\s*(.*))?");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(-?\\d+)");

    /** What {@code site.X} holds in Jekyll but not in content here: the site's own lists, known only once all pages are. */
    private static final java.util.Set<String> SITE_LISTS = java.util.Set.of("posts", "pages", "categories", "tags",
            "collections", "documents", "static_files", "html_pages", "html_files", "related_posts");

    private final Map<String, Object> site;
    private final Map<String, Object> page;
    private final String siteRoot;
    private final String basePath;
    /** Variables of Liquid logic ({@code assign}, {@code capture}, a {@code for} loop's), looked up first. */
    private final Map<String, Object> locals;
    private final SiteLists lists;

    /**
     * @param site the site's variables (its configuration, with {@code url} and {@code baseurl})
     * @param page the page's variables (front matter, with {@code title}, {@code date}, {@code url})
     */
    public LiquidValues(Map<String, Object> site, Map<String, Object> page, String siteRoot, String basePath) {
        this(site, page, siteRoot, basePath, SiteLists.unknown());
    }

    /** @param lists the site's own lists ({@code site.posts}...), or what the page asks of them while they are unknown */
    public LiquidValues(Map<String, Object> site, Map<String, Object> page, String siteRoot, String basePath, SiteLists lists) {
        this(site, page, siteRoot, basePath, Map.of(), lists);
    }

    private LiquidValues(Map<String, Object> site, Map<String, Object> page, String siteRoot, String basePath,
                         Map<String, Object> locals, SiteLists lists) {
        this.site = site;
        this.page = page;
        this.siteRoot = siteRoot;
        this.basePath = basePath;
        this.locals = locals;
        this.lists = lists;
    }

    /** The same values with Liquid logic's variables beside them. */
    LiquidValues with(Map<String, Object> variables) {
        return new LiquidValues(site, page, siteRoot, basePath, variables, lists);
    }

    /** The text of {@code expression | filter | ...}, or null when a variable or filter is unknown. */
    public String evaluate(String expression, String filters) {
        Object value = resolve(expression, filters);
        return value == UNKNOWN ? null : text(value);
    }

    /** What {@link #resolve} gives for a variable or filter it does not know. */
    static final Object UNKNOWN = Missing.VALUE;

    /** The value of {@code expression | filter | ...} as it is (a list stays a list), or {@link #UNKNOWN}. */
    Object resolve(String expression, String filters) {
        Object value = value(expression.strip());
        if (value == Missing.VALUE) {
            return UNKNOWN;
        }
        for (String filter : splitFilters(filters)) {
            if (filter.isBlank()) {
                continue;
            }
            Matcher f = FILTER.matcher(filter);
            if (!f.matches()) {
                return UNKNOWN;
            }
            value = apply(f.group(1), value, f.group(2) == null ? List.of() : arguments(f.group(2)));
            if (value == Missing.VALUE) {
                return UNKNOWN;
            }
        }
        return value;
    }

    /** Whether a variable's name is one of Liquid logic's here. */
    boolean isLocal(String name) {
        return locals.containsKey(name);
    }

    private enum Missing { VALUE }

    private Object value(String expression) {
        Matcher literal = LITERAL.matcher(expression);
        if (literal.matches()) {
            return literal.group(1) != null ? literal.group(1) : literal.group(2) != null ? literal.group(2)
                    : Long.valueOf(literal.group(3));
        }
        String[] parts = path(expression);
        if (parts == null) {
            return Missing.VALUE;
        }
        Object current = locals.containsKey(parts[0]) ? locals.get(parts[0]) : switch (parts[0]) {
            case "site" -> parts.length > 1 && (SITE_LISTS.contains(parts[1]) || isCollection(parts[1])) ? listed(parts[1]) : site;
            case "page" -> page;
            case "paginator" -> lists.paginator() == null ? Missing.VALUE : lists.paginator();
            case "nil", "null" -> null;
            case "true", "false" -> Boolean.valueOf(parts[0]);
            default -> Missing.VALUE;
        };
        for (int i = 1; i < parts.length && current != Missing.VALUE; i++) {
            if (current instanceof List<?> list && parts[i].matches("\\d+")) {
                int index = Integer.parseInt(parts[i]);
                current = index < list.size() ? list.get(index) : null;
            } else if (current instanceof Map<?, ?> map) {
                current = map.containsKey(parts[i]) ? unwrap(map.get(parts[i])) : parts[i].equals("size") ? map.size() : null;
            } else if (current instanceof Collection<?> list && parts[i].equals("size")) {
                current = list.size();
            } else if (current instanceof List<?> list && (parts[i].equals("first") || parts[i].equals("last"))) {
                current = list.isEmpty() ? null : list.get(parts[i].equals("first") ? 0 : list.size() - 1);
            } else {
                current = null; // Liquid prints nothing for a missing key of a known object
            }
        }
        return current;
    }

    /**
     * The keys of {@code a.b[0]["c"][d.e]}: a name, an index, a quoted key, or a variable's value as
     * the key ({@code _local_lang[include.key]}, as Jekyll themes look up a locale's strings); null
     * when a bracket's variable is unknown.
     */
    private String[] path(String expression) {
        if (expression.indexOf('[') < 0) {
            return expression.split("\\.");
        }
        List<String> parts = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '.' || c == '[') {
                if (!name.isEmpty() || parts.isEmpty()) {
                    parts.add(name.toString());
                }
                name.setLength(0);
                if (c == '[') {
                    int close = closing(expression, i);
                    if (close < 0) {
                        return null;
                    }
                    Object key = value(expression.substring(i + 1, close).strip()); // a literal, or a variable's value
                    if (key == Missing.VALUE) {
                        return null;
                    }
                    parts.add(text(key));
                    i = close;
                }
            } else {
                name.append(c);
            }
        }
        if (!name.isEmpty()) {
            parts.add(name.toString());
        }
        return parts.toArray(String[]::new);
    }

    /** Where the bracket opened at {@code open} closes, brackets inside it and quotes counted; -1 if it never does. */
    private static int closing(String expression, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code site} holding only the list {@code site.NAME}, or missing while the site's lists are not known. */
    private Object listed(String name) {
        Object list = lists.list(name);
        return list == null ? Missing.VALUE : Map.of(name, list);
    }

    /** A value computed only when a page asks for it (a post's {@code content}, read from where the build keeps it). */
    private static Object unwrap(Object value) {
        return value instanceof java.util.function.Supplier<?> lazy ? lazy.get() : value;
    }

    /** An item's property, as Jekyll's filters read one: a key of a hash, {@code a.b} going deeper. */
    static Object property(Object item, String key) {
        Object current = item;
        for (String part : key.split("\\.")) {
            current = current instanceof Map<?, ?> map ? unwrap(map.get(part)) : null;
        }
        return current;
    }

    /** Jekyll's {@code site.NAME} for a collection: its documents, known once the site's lists are. */
    private boolean isCollection(String name) {
        return site.get("collections") instanceof Map<?, ?> collections && collections.containsKey(name);
    }

    private Object apply(String name, Object value, List<Object> args) {
        String text = text(value);
        Object arg = args.isEmpty() ? null : args.get(0);
        return switch (name) {
            case "relative_url" -> value == null ? null : basePath + (text.startsWith("/") ? text : "/" + text); // nil stays nil, as Jekyll's
            case "absolute_url" -> value == null ? null : siteRoot + (text.startsWith("/") ? text : "/" + text);
            case "upcase" -> text.toUpperCase(Locale.ROOT);
            case "downcase" -> text.toLowerCase(Locale.ROOT);
            case "capitalize" -> text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
            case "strip" -> text.strip();
            case "lstrip" -> text.stripLeading();
            case "rstrip" -> text.stripTrailing();
            case "escape", "xml_escape", "escape_once" -> CodeHighlighter.escape(text);
            case "cgi_escape", "url_encode", "uri_escape" -> URLEncoder.encode(text, StandardCharsets.UTF_8);
            case "strip_html" -> text.replaceAll("<[^>]*>", "");
            case "strip_newlines" -> text.replace("\n", "");
            case "default" -> value == null || text.isEmpty() || Boolean.FALSE.equals(value) ? arg : value;
            case "append" -> text + text(arg);
            case "prepend" -> text(arg) + text;
            case "replace" -> args.size() < 2 ? Missing.VALUE : text.replace(text(args.get(0)), text(args.get(1)));
            case "remove" -> text.replace(text(arg), "");
            case "size" -> value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : text.length();
            case "join" -> value instanceof Collection<?> c ? String.join(arg == null ? " " : text(arg), c.stream().map(LiquidValues::text).toList()) : text;
            case "first" -> value instanceof List<?> l ? (l.isEmpty() ? null : l.get(0)) : text.isEmpty() ? "" : text.substring(0, 1);
            case "last" -> value instanceof List<?> l ? (l.isEmpty() ? null : l.get(l.size() - 1)) : text.isEmpty() ? "" : text.substring(text.length() - 1);
            case "slugify" -> dev.colophon.content.Slugs.slugify(text);
            case "number_of_words" -> text.isBlank() ? 0 : text.strip().split("\\s+").length;
            case "truncate" -> truncate(text, number(arg, 50), args.size() > 1 ? text(args.get(1)) : "...");
            case "truncatewords" -> truncateWords(text, number(arg, 15), args.size() > 1 ? text(args.get(1)) : "...");
            case "markdownify", "smartify", "jsonify" -> name.equals("jsonify") ? "\"" + text.replace("\"", "\\\"") + "\"" : text;
            case "split" -> List.of(text.split(java.util.regex.Pattern.quote(arg == null ? " " : text(arg)), -1));
            case "reverse" -> value instanceof List<?> l ? reversed(l) : Missing.VALUE;
            case "sort", "sort_natural" -> value instanceof List<?> l ? LiquidLists.sort(l, arg == null ? null : text(arg),
                    name.equals("sort_natural")) : Missing.VALUE;
            case "uniq" -> value instanceof List<?> l ? l.stream().distinct().toList() : Missing.VALUE;
            case "map" -> value instanceof List<?> l ? l.stream().map(item -> property(item, text(arg))).toList() : Missing.VALUE;
            case "where" -> value instanceof List<?> l && args.size() == 2 ? LiquidLists.where(l, text(args.get(0)), args.get(1))
                    : Missing.VALUE;
            case "where_exp", "group_by_exp" -> value instanceof List<?> l && args.size() == 2
                    ? expression(name, l, text(args.get(0)), text(args.get(1))) : Missing.VALUE;
            case "group_by" -> value instanceof List<?> l ? LiquidLists.groupBy(l, item -> property(item, text(arg))) : Missing.VALUE;
            case "slice" -> slice(value, number(arg, 0), args.size() > 1 ? number(args.get(1), 1) : 1);
            case "array_to_sentence_string" -> value instanceof List<?> l ? LiquidLists.sentence(l, args.size() > 0 ? text(arg) : "and")
                    : Missing.VALUE;
            case "emojify" -> EmojiNames.replace(text);
            case "sample", "push", "pop", "shift", "unshift" -> value instanceof List<?> ? LiquidLists.apply(name, value, args) : Missing.VALUE;
            case "plus", "minus", "times", "divided_by", "modulo" -> arithmetic(name, value, arg);
            case "date" -> date(value, arg == null ? "%Y-%m-%d" : text(arg));
            case "date_to_string" -> date(value, "%d %b %Y");
            case "date_to_long_string" -> date(value, "%d %B %Y");
            case "date_to_xmlschema" -> value instanceof ZonedDateTime d ? d.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : Missing.VALUE;
            case "date_to_rfc822" -> value instanceof ZonedDateTime d ? d.format(DateTimeFormatter.RFC_1123_DATE_TIME) : Missing.VALUE;
            default -> Missing.VALUE;
        };
    }

    /**
     * Jekyll's {@code where_exp: "item", "item.year > 2020"} and {@code group_by_exp: "post", "post.date | date: '%Y'"}:
     * the expression for each item, as the variable it names.
     */
    private Object expression(String filter, List<?> items, String variable, String expression) {
        int bar = LiquidLists.firstBar(expression);
        String head = bar < 0 ? expression : expression.substring(0, bar);
        String filters = bar < 0 ? "" : expression.substring(bar);
        java.util.function.Function<Object, LiquidValues> as = item -> {
            Map<String, Object> scope = new java.util.HashMap<>(locals);
            scope.put(variable, item);
            return with(scope);
        };
        try {
            if (filter.equals("group_by_exp")) {
                return LiquidLists.groupBy(items, item -> known(as.apply(item).resolve(head, filters)));
            }
            return items.stream().filter(item -> LiquidConditions.test(expression, v -> known(as.apply(item).resolve(v, "")))).toList();
        } catch (UnknownInExpression e) {
            return Missing.VALUE;
        }
    }

    /** An expression of {@code where_exp} or {@code group_by_exp} names a variable or filter that is not known: the filter is not run. */
    private static final class UnknownInExpression extends RuntimeException {
        UnknownInExpression() {
            super(null, null, false, false);
        }
    }

    private static Object known(Object value) {
        if (value == UNKNOWN) {
            throw new UnknownInExpression();
        }
        return value;
    }

    /** Liquid's {@code slice: start, length} of a text or an array; a negative start counts from the end. */
    private static Object slice(Object value, int start, int length) {
        int size = value instanceof List<?> l ? l.size() : text(value).length();
        int from = start < 0 ? Math.max(0, size + start) : Math.min(start, size);
        int to = Math.min(size, from + Math.max(0, length));
        return value instanceof List<?> l ? new ArrayList<>(l.subList(from, to)) : text(value).substring(from, to);
    }

    private static List<Object> reversed(List<?> list) {
        List<Object> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Liquid's integer arithmetic (a decimal where either side has one). */
    private static Object arithmetic(String name, Object value, Object arg) {
        try {
            java.math.BigDecimal a = new java.math.BigDecimal(text(value).strip());
            java.math.BigDecimal b = new java.math.BigDecimal(text(arg).strip());
            java.math.BigDecimal r = switch (name) {
                case "plus" -> a.add(b);
                case "minus" -> a.subtract(b);
                case "times" -> a.multiply(b);
                case "divided_by" -> a.scale() == 0 && b.scale() == 0 ? new java.math.BigDecimal(a.toBigInteger().divide(b.toBigInteger()))
                        : a.divide(b, java.math.MathContext.DECIMAL64);
                default -> a.remainder(b);
            };
            return r.scale() <= 0 ? (Object) r.longValueExact() : r.stripTrailingZeros();
        } catch (NumberFormatException | ArithmeticException e) {
            return Missing.VALUE;
        }
    }

    private static Object date(Object value, String strftime) {
        if (!(value instanceof ZonedDateTime date)) {
            return Missing.VALUE;
        }
        return Strftime.format(date, strftime);
    }

    private static String truncate(String text, int length, String ellipsis) {
        return text.length() <= length ? text : text.substring(0, Math.max(0, length - ellipsis.length())) + ellipsis;
    }

    private static String truncateWords(String text, int words, String ellipsis) {
        String[] all = text.strip().split("\\s+");
        return all.length <= words ? text : String.join(" ", java.util.Arrays.copyOf(all, words)) + ellipsis;
    }

    private static int number(Object arg, int fallback) {
        try {
            return arg == null ? fallback : Integer.parseInt(text(arg).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private List<Object> arguments(String written) {
        List<Object> args = new ArrayList<>();
        for (String part : written.split(",(?=(?:[^\"']*[\"'][^\"']*[\"'])*[^\"']*$)")) {
            Object v = value(part.strip());
            args.add(v == Missing.VALUE ? part.strip() : v);
        }
        return args;
    }

    private static List<String> splitFilters(String filters) {
        if (filters == null || filters.isBlank()) {
            return List.of();
        }
        String body = filters.strip().startsWith("|") ? filters.strip().substring(1) : filters;
        return List.of(body.split("\\|(?=(?:[^\"']*[\"'][^\"']*[\"'])*[^\"']*$)"));
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof ZonedDateTime date) {
            return date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT)); // as Jekyll prints a Time
        }
        if (value instanceof Collection<?> list) {
            return String.join("", list.stream().map(LiquidValues::text).toList()); // Liquid joins an array with nothing
        }
        return value.toString();
    }
}
