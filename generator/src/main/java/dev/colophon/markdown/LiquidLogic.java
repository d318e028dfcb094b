package dev.colophon.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's Liquid logic in content, run before output tags and includes (which {@link Shortcodes}
 * expands): {@code assign}, {@code capture}, {@code if}/{@code elsif}/{@code else}, {@code unless},
 * {@code case}/{@code when}, {@code for} (with {@code limit}, {@code offset}, {@code reversed},
 * {@code forloop}, {@code break} and {@code continue}), {@code tablerow}, {@code cycle} and
 * {@code comment}. Code blocks and {@code raw} are left alone. The site's lists ({@code site.posts},
 * {@code paginator}) come from {@link SiteLists}; a statement that needs what this page cannot know
 * (the lists on the page's first rendering, {@code site.static_files}) is left out with a note, never
 * printed as written.
 */
final class LiquidLogic {
    /**
     * A statement left out, at a line of the text given or, with {@code include} set, of that
     * include's file (which the text includes).
     */
    record Note(int line, String statement, String why, String include) {
        Note(int line, String statement, String why) {
            this(line, statement, why, null);
        }
    }

    /** Where an include's text comes from, for the includes that a text includes. */
    interface Includes {
        /** What a ported template writes for the include, with its parameters and the variables beside it; null if it has none. */
        String ported(String name, Map<String, Object> parameters, Map<String, Object> variables);

        /** The text of the include's file ({@code _includes/NAME}), or null if there is none. */
        String file(String name);
    }

    /**
     * An include of a page's own text that ran where it stands, with the page's variables: the text
     * keeps its call, {@code {% include ARGS %}}, for the page's shortcodes to finish as they finish
     * the includes they run.
     *
     * @param arguments its name and parameters as written, which its call in the text has too
     * @param text what it wrote: its file's text with its Liquid run, or its port's HTML
     * @param parameters what was said of the parameters it ran without
     * @param notes the statements of its file (and of the includes inside it) that wrote nothing
     * @param values the variables it ran with, for the output tags left in its text
     */
    record Ran(String arguments, String text, boolean ported, List<String> parameters, List<Note> notes, LiquidValues values) {
    }

    /**
     * @param lines for each line of {@code text}, the line of the original it comes from (1-based)
     * @param includes the includes that ran in a page's text, in the order of their calls in it
     */
    record Result(String text, int[] lines, List<Note> notes, List<Ran> includes) {
    }

    private static final Pattern ANY_LOGIC = Pattern.compile("\\{%-?\\s*(assign|capture|if|unless|case|for|tablerow|cycle|comment)\\b");
    private static final Pattern OUTPUT = Pattern.compile("\\{\\{-?\\s*([\\w.\\[\\]\"'-]{1,200})\\s*((?:\\|[^}]{0,500}?)?)-?\\}\\}");
    /** {@code cycle "name": "a", "b"}: a named group's values. */
    private static final Pattern CYCLE_GROUP = Pattern.compile("(\"[^\"]*\"|'[^']*'|\\w+)\\s*:\\s*(.+)");
    /** {@code name = value | filters}, the value up to the first bar outside quotes. */
    private static final Pattern ASSIGN = Pattern.compile("([\\w-]+)\\s*=\\s*((?:\"[^\"]*\"|'[^']*'|[^|\"'])+?)\\s*((?:\\|.*)?)");
    /** {@code key="text"}, {@code key='text'} or {@code key=variable}, as Jekyll's include reads its parameters. */
    static final Pattern PARAMETER_OF_INCLUDE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
    private static final Pattern SAFE_NAME = Pattern.compile("[\\w.-]+(/[\\w.-]+)*");
    /** Jekyll allows includes in includes; a cycle stops here. */
    static final int MAX_INCLUDE_DEPTH = 5;

    private final LiquidValues values;
    /** The includes a text runs where they stand, or null: then they stay as written, for the shortcodes. */
    private final Includes includes;
    /** Whether the text is a page's own: then what its includes write goes to its shortcodes, by way of {@link Ran}. */
    private final boolean page;
    private final Map<String, LiquidTemplate.Block> parsedIncludes = new HashMap<>();
    private int includeDepth;
    /** How many loops the statement being run stands in, for {@code break} and {@code continue}. */
    private int loops;
    /** Each {@code cycle} group's turns so far in this text. */
    private final Map<String, Integer> cycles = new HashMap<>();

    LiquidLogic(LiquidValues values) {
        this(values, null, 0, false);
    }

    /** Logic that runs the includes in a text as well, sharing its variables, {@code depth} includes deep already. */
    LiquidLogic(LiquidValues values, Includes includes, int depth) {
        this(values, includes, depth, false);
    }

    private LiquidLogic(LiquidValues values, Includes includes, int depth, boolean page) {
        this.values = values;
        this.includes = includes;
        this.includeDepth = depth;
        this.page = page;
    }

    /**
     * The logic of a page's own text, whose includes run where they stand with the page's variables
     * (a loop's, what the page assigns; what an include assigns is seen after it), as Jekyll runs them.
     */
    static LiquidLogic ofPage(LiquidValues values, Includes includes) {
        return new LiquidLogic(values, includes, 0, true);
    }

    static boolean hasLogic(String text) {
        return text.contains("{%") && ANY_LOGIC.matcher(text).find() || text.contains("-") && LiquidTemplate.trims(text);
    }

    /** Runs the logic of a page's text; a text with none comes back as it is. */
    Result run(String text) {
        return run(text, Map.of());
    }

    /** Runs the logic of a text with variables of its own already set (an include's {@code include}). */
    Result run(String text, Map<String, Object> variables) {
        List<LiquidTemplate.Token> tokens = LiquidTemplate.tokens(text, includes != null);
        List<Note> notes = new ArrayList<>();
        LiquidTemplate.Block tree;
        try {
            tree = LiquidTemplate.parse(tokens);
        } catch (LiquidTemplate.Malformed e) {
            notes.add(new Note(e.line(), e.statement(), e.getMessage()));
            return new Result(text, identity(text), notes, List.of());
        }
        Output out = new Output(page);
        Map<String, Object> scope = new HashMap<>(variables);
        renderEach(tree.children(), scope, out, notes, null);
        return new Result(out.text.toString(), out.lines(), notes, List.copyOf(out.ran));
    }

    /** Renders statements one by one: one that cannot be resolved writes nothing, with a note, and the rest go on. */
    private void renderEach(List<LiquidTemplate.Node> nodes, Map<String, Object> scope, Output out, List<Note> notes, String include) {
        for (LiquidTemplate.Node node : nodes) {
            int length = out.text.length();
            int lines = out.starts.size();
            int ran = out.ran.size();
            int noted = notes.size();
            try {
                render(node, scope, out, 0, notes);
            } catch (Unresolved e) { // this statement writes nothing
                out.text.setLength(length);
                out.starts.subList(lines, out.starts.size()).clear();
                out.ran.subList(ran, out.ran.size()).clear();
                notes.subList(noted, notes.size()).clear(); // what it wrote is gone, and with it what it noted
                Matcher assigned = node instanceof LiquidTemplate.Block b && b.name().equals("assign") ? ASSIGN.matcher(b.args()) : null;
                if (assigned != null && assigned.matches()) { // later uses of the variable say what it lacked
                    scope.put(assigned.group(1), new Unknowable(e.getMessage()));
                }
                notes.add(new Note(node.line(), node.source(), e.getMessage(), include));
            }
        }
    }

    /** A variable whose assign was left out, with the reason. */
    private record Unknowable(String why) {
    }

    /** A {@code break} ({@code stop}) or {@code continue}, for the loop around it. */
    private static final class LoopControl extends RuntimeException {
        final boolean stop;

        LoopControl(boolean stop) {
            super(null, null, false, false);
            this.stop = stop;
        }
    }

    /** A value that content cannot know here. */
    private static final class Unresolved extends RuntimeException {
        Unresolved(String expression) {
            super(expression, null, false, false);
        }
    }

    private void render(LiquidTemplate.Node node, Map<String, Object> scope, Output out, int depth, List<Note> notes) {
        if (node instanceof LiquidTemplate.Text t) {
            out.add(t.code() ? t.text() : substitute(t.text(), scope), t.line());
        } else if (node instanceof LiquidTemplate.Block b) {
            renderBlock(b, scope, out, depth, notes);
        }
    }

    private void renderBlock(LiquidTemplate.Block b, Map<String, Object> scope, Output out, int depth, List<Note> notes) {
        switch (b.name()) {
            case "assign" -> {
                Matcher m = ASSIGN.matcher(b.args());
                if (m.matches()) {
                    scope.put(m.group(1), value(m.group(2), m.group(3), scope));
                }
            }
            case "break", "continue" -> {
                if (loops == 0) {
                    throw new Unresolved("{% " + b.name() + " %} stands outside a loop");
                }
                throw new LoopControl(b.name().equals("break"));
            }
            case "cycle" -> out.add(escaped(LiquidValues.text(cycle(b.args(), scope))), b.line());
            case "capture" -> {
                Output inner = new Output(false);
                b.children().forEach(child -> render(child, scope, inner, depth + 1, notes));
                scope.put(b.args().strip(), inner.text.toString());
            }
            case "if", "unless", "case" -> {
                for (LiquidTemplate.Branch branch : b.branches()) {
                    if (branch.condition() == null || test(b, branch.condition(), scope)) {
                        branch.children().forEach(child -> render(child, scope, out, depth + 1, notes));
                        break;
                    }
                }
            }
            case "for" -> loop(b, scope, out, depth, notes);
            case "tablerow" -> tablerow(b, scope, out, depth, notes);
            case "include" -> include(b, scope, out, notes);
            default -> { // comment
            }
        }
    }

    /**
     * An include where it stands, as Jekyll runs it: its ported template, else its file's text with
     * the variables of the text around it (what it assigns, such as a theme's {@code __return}, is
     * seen after it) and its parameters as {@code include}. One that has neither stays as written.
     * In a page's own text (not in a capture), its call stays, and what it wrote goes with the result.
     */
    private void include(LiquidTemplate.Block b, Map<String, Object> scope, Output out, List<Note> notes) {
        String[] words = b.args().strip().split("\\s+", 2);
        String name = words[0];
        if (includes == null || includeDepth >= MAX_INCLUDE_DEPTH || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            out.add(b.source(), b.line());
            return;
        }
        List<String> unknown = new ArrayList<>();
        Map<String, Object> parameters = parameters(words.length > 1 ? words[1] : "", values.with(scope), unknown::add);
        Map<String, Object> known = new HashMap<>();
        scope.forEach((k, v) -> {
            if (!(v instanceof Unknowable)) {
                known.put(k, v);
            }
        });
        String text = includes.ported(name, parameters, known);
        boolean ported = text != null;
        List<Note> inner = new ArrayList<>();
        if (!ported) {
            LiquidTemplate.Block tree = parsedIncludes.containsKey(name) ? parsedIncludes.get(name) : parseInclude(name, b, inner);
            if (tree == null) {
                out.add(b.source(), b.line()); // for the shortcodes, which report it
                return;
            }
            text = written(tree, name, parameters, scope, inner);
        }
        if (out.page) { // the page's shortcodes finish it where its call stands
            out.ran.add(new Ran(b.args(), text, ported, unknown, inner, values.with(known)));
            out.add("{% include " + b.args() + " %}", b.line());
            return;
        }
        unknown.forEach(why -> notes.add(new Note(b.line(), b.source(), why, null)));
        notes.addAll(inner);
        out.add(text, b.line());
    }

    /** What an include's file writes, sharing the variables around it, its parameters as {@code include}. */
    private String written(LiquidTemplate.Block tree, String name, Map<String, Object> parameters, Map<String, Object> scope,
                           List<Note> notes) {
        Output out = new Output(false);
        Object saved = scope.get("include");
        scope.put("include", parameters);
        includeDepth++;
        try {
            renderEach(tree.children(), scope, out, notes, name);
        } finally {
            includeDepth--;
            scope.put("include", saved);
        }
        return out.text.toString();
    }

    private LiquidTemplate.Block parseInclude(String name, LiquidTemplate.Block b, List<Note> notes) {
        String text = includes.file(name);
        LiquidTemplate.Block tree = null;
        if (text != null) {
            try {
                tree = LiquidTemplate.parse(LiquidTemplate.tokens(text, true));
            } catch (LiquidTemplate.Malformed e) {
                notes.add(new Note(e.line(), e.statement(), e.getMessage(), name));
                tree = new LiquidTemplate.Block("root", "", 1, "", List.of(new LiquidTemplate.Branch(null,
                        List.of(new LiquidTemplate.Text(text, 1)))));
            }
        }
        parsedIncludes.put(name, tree);
        return tree;
    }

    /**
     * An include's parameters: text as written, a variable by its value. One whose variable content
     * cannot know here ({@code articles=site.static_files}) is left out, and said.
     */
    static Map<String, Object> parameters(String text, LiquidValues liquid, java.util.function.Consumer<String> unknown) {
        Map<String, Object> parameters = new HashMap<>();
        Matcher m = PARAMETER_OF_INCLUDE.matcher(text);
        while (m.find()) {
            if (m.group(4) == null) {
                parameters.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            } else {
                Object value = liquid.resolve(m.group(4), "");
                if (value == LiquidValues.UNKNOWN) {
                    unknown.accept("its parameter " + m.group() + " is left out: " + unresolved(m.group(4)).getMessage());
                } else if (value instanceof Unknowable u) {
                    unknown.accept("its parameter " + m.group() + " is left out: " + u.why());
                } else {
                    parameters.put(m.group(1), value);
                }
            }
        }
        return parameters;
    }

    private boolean test(LiquidTemplate.Block b, String condition, Map<String, Object> scope) {
        return switch (b.name()) {
            case "unless" -> condition.equals(LiquidTemplate.UNLESS) ? !LiquidConditions.test(b.args(), v -> value(v, "", scope))
                    : LiquidConditions.test(condition, v -> value(v, "", scope)); // an unless's elsif
            case "case" -> LiquidConditions.matchesWhen(b.args(), condition, v -> value(v, "", scope));
            default -> LiquidConditions.test(condition, v -> value(v, "", scope));
        };
    }

    private void loop(LiquidTemplate.Block b, Map<String, Object> scope, Output out, int depth, List<Note> notes) {
        LiquidLoop head = loopHead(b);
        List<Object> items = head.items(v -> value(v, "", scope));
        List<LiquidTemplate.Branch> branches = b.branches();
        if (items.isEmpty()) {
            if (branches.size() > 1) {
                branches.get(1).children().forEach(child -> render(child, scope, out, depth + 1, notes));
            }
            return;
        }
        Object saved = scope.get(head.variable());
        Object savedLoop = scope.get("forloop");
        loops++;
        try {
            for (int i = 0; i < items.size(); i++) {
                scope.put(head.variable(), items.get(i));
                scope.put("forloop", LiquidLoop.forloop(i, items.size()));
                if (!iteration(branches.get(0).children(), scope, out, depth, notes)) {
                    break;
                }
            }
        } finally {
            loops--;
            scope.put(head.variable(), saved);
            scope.put("forloop", savedLoop);
        }
    }

    /** One pass of a loop's body; false after a {@code break}. A {@code continue} ends the pass, what it wrote kept. */
    private boolean iteration(List<LiquidTemplate.Node> body, Map<String, Object> scope, Output out, int depth, List<Note> notes) {
        try {
            body.forEach(child -> render(child, scope, out, depth + 1, notes));
            return true;
        } catch (LoopControl control) {
            return !control.stop;
        }
    }

    /**
     * Liquid's {@code tablerow}: each item in a cell ({@code <td class="colN">}), {@code cols} of them
     * to a row ({@code <tr class="rowN">}), with {@code tablerowloop}, written as Liquid writes it.
     */
    private void tablerow(LiquidTemplate.Block b, Map<String, Object> scope, Output out, int depth, List<Note> notes) {
        LiquidLoop head = loopHead(b);
        List<Object> items = head.items(v -> value(v, "", scope));
        int cols = head.cols(v -> value(v, "", scope), items.size());
        Object saved = scope.get(head.variable());
        Object savedLoop = scope.get("tablerowloop");
        out.add("<tr class=\"row1\">\n", b.line());
        loops++;
        try {
            for (int i = 0; i < items.size(); i++) {
                int col = i % cols + 1;
                int row = i / cols + 1;
                scope.put(head.variable(), items.get(i));
                scope.put("tablerowloop", LiquidLoop.tablerowloop(i, items.size(), cols));
                out.add("<td class=\"col" + col + "\">", b.line());
                boolean more = iteration(b.children(), scope, out, depth, notes);
                out.add("</td>", b.line());
                if (!more) {
                    break;
                }
                if (col == cols && i < items.size() - 1) {
                    out.add("</tr>\n<tr class=\"row" + (row + 1) + "\">", b.line());
                }
            }
        } finally {
            loops--;
            scope.put(head.variable(), saved);
            scope.put("tablerowloop", savedLoop);
        }
        out.add("</tr>\n", b.line());
    }

    private static LiquidLoop loopHead(LiquidTemplate.Block b) {
        LiquidLoop head = LiquidLoop.parse(b.args());
        if (head == null) {
            throw new Unresolved("'" + b.name() + " " + b.args().strip() + "' is not a loop Liquid reads");
        }
        return head;
    }

    /** The next of a {@code cycle}'s values, counted per group (its name, else its values as written) through the whole text. */
    private Object cycle(String args, Map<String, Object> scope) {
        String group = args.strip();
        String values = group;
        Matcher named = CYCLE_GROUP.matcher(group);
        if (named.matches()) {
            group = named.group(1);
            values = named.group(2);
        }
        List<String> options = new ArrayList<>();
        for (String option : values.split(",(?=(?:[^\"']*[\"'][^\"']*[\"'])*[^\"']*$)")) {
            if (!option.isBlank()) {
                options.add(option.strip());
            }
        }
        if (options.isEmpty()) {
            throw new Unresolved("'cycle' has no values");
        }
        int turn = cycles.merge(group, 1, Integer::sum) - 1;
        return value(options.get(turn % options.size()), "", scope);
    }

    private static String escaped(String value) {
        return value.replace("{{", "&#123;&#123;").replace("{%", "&#123;%");
    }

    private Object value(String expression, String filters, Map<String, Object> scope) {
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

    private static Unresolved unresolved(String expression) {
        boolean site = expression.matches("\\W*(site|paginator)\\b.*");
        return new Unresolved("it needs '" + expression + "', " + (site
                ? "which Colophon does not give content (it gives site.posts, site.pages, site.tags, site.categories, site.documents,"
                + " site.static_files, site.collections, each collection and the paginator)"
                : "which is not a variable or filter this page has"));
    }

    /** Output tags beside logic's own variables ({@code {{ post.title }}} in a loop); one it cannot resolve stays for later. */
    private String substitute(String text, Map<String, Object> scope) {
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

    private static int[] identity(String text) {
        int[] lines = new int[(int) text.chars().filter(c -> c == '\n').count() + 1];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = i + 1;
        }
        return lines;
    }

    /** Text being written, with the original line each of its lines starts on. */
    private static final class Output {
        final StringBuilder text = new StringBuilder();
        final List<Integer> starts = new ArrayList<>();
        /** Whether this is what a page's own text writes (not a capture's, nor an include's). */
        final boolean page;
        /** The includes whose calls it has, in order. */
        final List<Ran> ran = new ArrayList<>();

        Output(boolean page) {
            this.page = page;
        }

        void add(String written, int line) {
            if (starts.isEmpty()) {
                starts.add(line);
            }
            int sourceLine = line;
            for (int i = 0; i < written.length(); i++) {
                char c = written.charAt(i);
                text.append(c);
                if (c == '\n') {
                    starts.add(++sourceLine);
                }
            }
        }

        int[] lines() {
            return starts.isEmpty() ? new int[] {1} : starts.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
