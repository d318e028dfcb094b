package dev.colophon.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Jekyll's includes are to Liquid logic: where their text comes from, what one wrote, and its parameters. */
final class LiquidIncludes {
    /** {@code key="text"}, {@code key='text'} or {@code key=variable}, as Jekyll's include reads its parameters. */
    static final Pattern PARAMETER_OF_INCLUDE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
    /** Jekyll allows includes in includes; a cycle stops here. */
    static final int MAX_INCLUDE_DEPTH = 5;

    private LiquidIncludes() {
    }

    /** Where an include's text comes from, for the includes that a text includes. */
    interface Source {
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
    record Ran(String arguments, String text, boolean ported, List<String> parameters, List<LiquidLogic.Note> notes, LiquidValues values) {
    }

    /**
     * An include's parameters: text as written, a variable by its value. One whose variable content
     * cannot know here (a variable the page has not) is left out, and said.
     */
    static Map<String, Object> parameters(String text, LiquidValues liquid, Consumer<String> unknown) {
        Map<String, Object> parameters = new HashMap<>();
        Matcher m = PARAMETER_OF_INCLUDE.matcher(text);
        while (m.find()) {
            if (m.group(4) == null) {
                parameters.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            } else {
                Object value = liquid.resolve(m.group(4), "");
                if (value == LiquidValues.UNKNOWN) {
                    unknown.accept("its parameter " + m.group() + " is left out: " + LiquidExpressions.unresolved(m.group(4)).getMessage());
                } else if (value instanceof LiquidExpressions.Unknowable u) {
                    unknown.accept("its parameter " + m.group() + " is left out: " + u.why());
                } else {
                    parameters.put(m.group(1), value);
                }
            }
        }
        return parameters;
    }
}
