package dev.colophon.markdown;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expressions of Liquid logic in one scope, for {@link LiquidLogic}: a variable's value through
 * its filters, a branch's condition, and the output tags that name the logic's own variables. What
 * content cannot know here throws {@link Unresolved}, so that its statement writes nothing.
 */
final class LiquidExpressions {
    private static final Pattern OUTPUT = Pattern.compile("\\{\\{-?\\s*([\\w.\\[\\]\"'-]{1,200})\\s*((?:\\|[^}]{0,500}?)?)-?\\}\\}");

    private final LiquidValues values;

    LiquidExpressions(LiquidValues values) {
        this.values = values;
    }

    /** A variable whose assign was left out, with the reason. */
    record Unknowable(String why) {
    }

    /** A value that content cannot know here. */
    static final class Unresolved extends RuntimeException {
        Unresolved(String expression) {
            super(expression, null, false, false);
        }
    }

    /** Whether a branch's condition holds: an {@code if}'s, an {@code unless}'s (negated) or a {@code case}'s {@code when}. */
    boolean test(LiquidTemplate.Block b, String condition, Map<String, Object> scope) {
        return switch (b.name()) {
            case "unless" -> condition.equals(LiquidTemplate.UNLESS) ? !LiquidConditions.test(b.args(), v -> value(v, "", scope))
                    : LiquidConditions.test(condition, v -> value(v, "", scope)); // an unless's elsif
            case "case" -> LiquidConditions.matchesWhen(b.args(), condition, v -> value(v, "", scope));
            default -> LiquidConditions.test(condition, v -> value(v, "", scope));
        };
    }

    /** A value as text that no later pass reads as a template: Jekyll prints a data file's "{{ x }}" as it is. */
    static String escaped(String value) {
        return value.replace("{{", "&#123;&#123;").replace("{%", "&#123;%");
    }

    /** An expression's value through its filters; throws {@link Unresolved} where content cannot know it. */
    Object value(String expression, String filters, Map<String, Object> scope) {
        LiquidValues local = values.with(scope);
        Object v = local.resolve(expression, "");
        if (v instanceof Unknowable u) {
            throw new Unresolved(u.why());
        }
        if (v == LiquidValues.UNKNOWN) {
            throw unresolved(expression.strip());
        }
        if (filters == null || filters.isBlank()) {
            return v;
        }
        Object filtered = local.resolve(expression, filters);
        if (filtered == LiquidValues.UNKNOWN) {
            throw new Unresolved("it uses a filter Colophon does not run here, or one that does not apply to '" + expression.strip()
                    + "': " + filters.strip());
        }
        return filtered;
    }

    /** Why an expression cannot be known here, as a statement's note says it. */
    static Unresolved unresolved(String expression) {
        boolean site = expression.matches("\\W*(site|paginator)\\b.*");
        return new Unresolved("it needs '" + expression + "', " + (site
                ? "which Colophon does not give content (it gives site.posts, site.pages, site.tags, site.categories, site.documents,"
                + " site.static_files, site.collections, each collection and the paginator)"
                : "which is not a variable or filter this page has"));
    }

    /** Output tags beside logic's own variables ({@code {{ post.title }}} in a loop); one it cannot resolve stays for later. */
    String substitute(String text, Map<String, Object> scope) {
        if (scope.isEmpty() || !text.contains("{{")) {
            return text;
        }
        LiquidValues local = values.with(scope);
        Matcher m = OUTPUT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            String root = m.group(1).split("[.\\[]", 2)[0];
            if (!local.isLocal(root) && !root.equals("site") && !root.equals("page") && !root.equals("paginator")) {
                continue;
            }
            Object value = local.resolve(m.group(1), m.group(2));
            if (!local.isLocal(root) && value == LiquidValues.UNKNOWN) {
                continue; // stays for the output tags' own pass, which reports it
            }
            if (value instanceof Unknowable u) {
                throw new Unresolved(u.why());
            }
            if (value == LiquidValues.UNKNOWN) {
                throw unresolved(m.group().strip());
            }
            // a value is text, never a template: Jekyll prints a data file's "{{ x }}" as it is
            out.append(text, last, m.start()).append(escaped(LiquidValues.text(value)));
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
