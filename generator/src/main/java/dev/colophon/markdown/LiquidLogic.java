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
 * (the lists on the page's first rendering, a variable it has not) is left out with a note, never
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

    /**
     * @param lines for each line of {@code text}, the line of the original it comes from (1-based)
     * @param includes the includes that ran in a page's text, in the order of their calls in it
     */
    record Result(String text, int[] lines, List<Note> notes, List<LiquidIncludes.Ran> includes) {
    }

    private static final Pattern ANY_LOGIC = Pattern.compile("\\{%-?\\s*(assign|capture|if|unless|case|for|tablerow|cycle|comment)\\b");
    /** {@code cycle "name": "a", "b"}: a named group's values. */
    private static final Pattern CYCLE_GROUP = Pattern.compile("(\"[^\"]*\"|'[^']*'|\\w+)\\s*:\\s*(.+)");
    /** {@code name = value | filters}, the value up to the first bar outside quotes. */
    private static final Pattern ASSIGN = Pattern.compile("([\\w-]+)\\s*=\\s*((?:\"[^\"]*\"|'[^']*'|[^|\"'])+?)\\s*((?:\\|.*)?)");
    private static final Pattern SAFE_NAME = Pattern.compile("[\\w.-]+(/[\\w.-]+)*");

    private final LiquidValues values;
    private final LiquidExpressions expressions;
    /** The includes a text runs where they stand, or null: then they stay as written, for the shortcodes. */
    private final LiquidIncludes.Source includes;
    /** Whether the text is a page's own: then what its includes write goes to its shortcodes, by way of {@link LiquidIncludes.Ran}. */
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
    LiquidLogic(LiquidValues values, LiquidIncludes.Source includes, int depth) {
        this(values, includes, depth, false);
    }

    private LiquidLogic(LiquidValues values, LiquidIncludes.Source includes, int depth, boolean page) {
        this.values = values;
        this.expressions = new LiquidExpressions(values);
        this.includes = includes;
        this.includeDepth = depth;
        this.page = page;
    }

    /**
     * The logic of a page's own text, whose includes run where they stand with the page's variables
     * (a loop's, what the page assigns; what an include assigns is seen after it), as Jekyll runs them.
     */
    static LiquidLogic ofPage(LiquidValues values, LiquidIncludes.Source includes) {
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
            return new Result(text, LiquidWriter.identity(text), notes, List.of());
        }
        LiquidWriter out = new LiquidWriter(page);
        Map<String, Object> scope = new HashMap<>(variables);
        renderEach(tree.children(), scope, out, notes, null);
        return new Result(out.text.toString(), out.lines(), notes, List.copyOf(out.ran));
    }

    /** Renders statements one by one: one that cannot be resolved writes nothing, with a note, and the rest go on. */
    private void renderEach(List<LiquidTemplate.Node> nodes, Map<String, Object> scope, LiquidWriter out, List<Note> notes, String include) {
        for (LiquidTemplate.Node node : nodes) {
            int length = out.text.length();
            int lines = out.starts.size();
            int ran = out.ran.size();
            int noted = notes.size();
            try {
                render(node, scope, out, 0, notes);
            } catch (LiquidExpressions.Unresolved e) { // this statement writes nothing
                out.text.setLength(length);
                out.starts.subList(lines, out.starts.size()).clear();
                out.ran.subList(ran, out.ran.size()).clear();
                notes.subList(noted, notes.size()).clear(); // what it wrote is gone, and with it what it noted
                Matcher assigned = node instanceof LiquidTemplate.Block b && b.name().equals("assign") ? ASSIGN.matcher(b.args()) : null;
                if (assigned != null && assigned.matches()) { // later uses of the variable say what it lacked
                    scope.put(assigned.group(1), new LiquidExpressions.Unknowable(e.getMessage()));
                }
                notes.add(new Note(node.line(), node.source(), e.getMessage(), include));
            }
        }
    }

    /** A {@code break} ({@code stop}) or {@code continue}, for the loop around it. */
    private static final class LoopControl extends RuntimeException {
        final boolean stop;

        LoopControl(boolean stop) {
            super(null, null, false, false);
            this.stop = stop;
        }
    }

    private void render(LiquidTemplate.Node node, Map<String, Object> scope, LiquidWriter out, int depth, List<Note> notes) {
        if (node instanceof LiquidTemplate.Text t) {
            out.add(t.code() ? t.text() : expressions.substitute(t.text(), scope), t.line());
        } else if (node instanceof LiquidTemplate.Block b) {
            renderBlock(b, scope, out, depth, notes);
        }
    }

    private void renderBlock(LiquidTemplate.Block b, Map<String, Object> scope, LiquidWriter out, int depth, List<Note> notes) {
        switch (b.name()) {
            case "assign" -> {
                Matcher m = ASSIGN.matcher(b.args());
                if (m.matches()) {
                    scope.put(m.group(1), expressions.value(m.group(2), m.group(3), scope));
                }
            }
            case "break", "continue" -> {
                if (loops == 0) {
                    throw new LiquidExpressions.Unresolved("{% " + b.name() + " %} stands outside a loop");
                }
                throw new LoopControl(b.name().equals("break"));
            }
            case "cycle" -> out.add(LiquidExpressions.escaped(LiquidValues.text(cycle(b.args(), scope))), b.line());
            case "capture" -> {
                LiquidWriter inner = new LiquidWriter(false);
                b.children().forEach(child -> render(child, scope, inner, depth + 1, notes));
                scope.put(b.args().strip(), inner.text.toString());
            }
            case "if", "unless", "case" -> {
                for (LiquidTemplate.Branch branch : b.branches()) {
                    if (branch.condition() == null || expressions.test(b, branch.condition(), scope)) {
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
    private void include(LiquidTemplate.Block b, Map<String, Object> scope, LiquidWriter out, List<Note> notes) {
        String[] words = b.args().strip().split("\\s+", 2);
        String name = words[0];
        if (includes == null || includeDepth >= LiquidIncludes.MAX_INCLUDE_DEPTH || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            out.add(b.source(), b.line());
            return;
        }
        List<String> unknown = new ArrayList<>();
        Map<String, Object> parameters = LiquidIncludes.parameters(words.length > 1 ? words[1] : "", values.with(scope), unknown::add);
        Map<String, Object> known = new HashMap<>();
        scope.forEach((k, v) -> {
            if (!(v instanceof LiquidExpressions.Unknowable)) {
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
            out.ran.add(new LiquidIncludes.Ran(b.args(), text, ported, unknown, inner, values.with(known)));
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
        LiquidWriter out = new LiquidWriter(false);
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

    private void loop(LiquidTemplate.Block b, Map<String, Object> scope, LiquidWriter out, int depth, List<Note> notes) {
        LiquidLoop head = loopHead(b);
        List<Object> items = head.items(v -> expressions.value(v, "", scope));
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
    private boolean iteration(List<LiquidTemplate.Node> body, Map<String, Object> scope, LiquidWriter out, int depth, List<Note> notes) {
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
    private void tablerow(LiquidTemplate.Block b, Map<String, Object> scope, LiquidWriter out, int depth, List<Note> notes) {
        LiquidLoop head = loopHead(b);
        List<Object> items = head.items(v -> expressions.value(v, "", scope));
        int cols = head.cols(v -> expressions.value(v, "", scope), items.size());
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
            throw new LiquidExpressions.Unresolved("'" + b.name() + " " + b.args().strip() + "' is not a loop Liquid reads");
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
            throw new LiquidExpressions.Unresolved("'cycle' has no values");
        }
        int turn = cycles.merge(group, 1, Integer::sum) - 1;
        return expressions.value(options.get(turn % options.size()), "", scope);
    }
}
