package dev.colophon.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jekyll's {@code {% include name.html key="value" %}}: the site's ported Pebble template of that
 * name if it has one, else the file in {@code _includes/} run as Jekyll runs it, through the Liquid
 * that Colophon runs in content ({@code include.key}, {@code site}, {@code page}, logic, and the
 * includes inside it where they stand, sharing its variables). What of it needs the site's templates
 * writes nothing and is an approximated warning.
 */
final class JekyllIncludeShortcode implements Shortcode {
    private final ShortcodeRegistry registry;

    JekyllIncludeShortcode(ShortcodeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String expand(ShortcodeCall call, ShortcodeContext context) {
        String[] words = call.arguments().strip().split("\\s+", 2);
        String arguments = words.length > 1 ? words[1] : "";
        LiquidIncludes.Ran ran = context.ran() == null ? null : context.ran().take(call.arguments().strip());
        if (ran != null) { // the page's logic ran it where it stands, with the page's variables
            ran.parameters().forEach(context::approximated);
            return finished(call, context, ran.values(), words[0], ran.text(), ran.ported(), ran.notes());
        }
        Set<String> notes = new LinkedHashSet<>(); // once each, though a loop repeats it
        if (context.liquid() == null) { // no page variables: a port sees the parameters as written
            String ported = ported(context, words[0], Map.copyOf(ShortcodeCall.arguments(arguments)), Map.of());
            return call.block(ported);
        }
        Map<String, Object> include = LiquidIncludes.parameters(arguments, context.liquid(), why -> notes.add(why));
        String ported = ported(context, words[0], include, Map.of());
        if (ported != null || context.includes() == null || context.depth() >= LiquidIncludes.MAX_INCLUDE_DEPTH) {
            notes.forEach(context::approximated);
            return call.block(ported);
        }
        String text = file(context.includes(), words[0]);
        if (text == null) {
            return null;
        }
        LiquidLogic.Result logic = new LiquidLogic(context.liquid(), includes(context), context.depth() + 1)
                .run(text, Map.of("include", include));
        notes.forEach(context::approximated);
        return finished(call, context, context.liquid(), words[0], logic.text(), false, logic.notes());
    }

    /**
     * An include's text once its Liquid has run, where its call stands: its output tags and tags
     * expanded (null if any is left that nothing expands: the call stays as written, reported), and
     * what of it wrote nothing said.
     */
    private String finished(ShortcodeCall call, ShortcodeContext context, LiquidValues values, String name, String text,
                            boolean ported, List<LiquidLogic.Note> notes) {
        Set<String> hows = new LinkedHashSet<>(); // once each, though a loop repeats it
        notes.forEach(n -> hows.add("writes without " + n.statement().strip() + " of _includes/"
                + (n.include() != null ? n.include() : name) + " (line " + n.line() + "): " + n.why()));
        hows.forEach(context::approximated);
        if (ported) {
            return call.block(text);
        }
        List<String> leftOut = new java.util.ArrayList<>();
        String html = new Shortcodes(registry, context.within(values)).expandHtml(text, leftOut);
        Set<String> dropped = new LinkedHashSet<>(leftOut);
        String file = file(context.includes(), name);
        dropped.forEach(tag -> context.approximated("writes without " + tag.replaceAll("\\s+", " ") + " of _includes/" + name + where(file, tag)
                + ": nothing expands it (a plugin's tag?), so it is left out and the rest of the include written;"
                + " port the include to templates/shortcodes/" + name.replaceAll("\\.html?$", "") + ".peb to keep it"));
        return call.block(html.strip().replaceAll("\n\\s*\n", "\n"));
    }

    /**
     * The line of an include's file where a tag is written (its first, by the tag's name: whitespace
     * control and line breaks may have changed how it reads), as " (line N)", or nothing if it is not there.
     */
    private static String where(String file, String tag) {
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("^\\{[{%]-?\\s*([\\w.]+)").matcher(tag);
        if (file == null || !name.find()) {
            return "";
        }
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("\\{" + (tag.charAt(1) == '%' ? "%" : "\\{") + "-?\\s*"
                + java.util.regex.Pattern.quote(name.group(1)) + "(?![\\w.])").matcher(file);
        return at.find() ? " (line " + (file.substring(0, at.start()).chars().filter(c -> c == '\n').count() + 1) + ")" : "";
    }

    /** The includes inside an include, or a page's: ported templates first, then the files of {@code _includes/}. */
    static LiquidIncludes.Source includes(ShortcodeContext context) {
        return new LiquidIncludes.Source() {
            @Override
            public String ported(String name, Map<String, Object> parameters, Map<String, Object> variables) {
                return JekyllIncludeShortcode.ported(context, name, parameters, variables);
            }

            @Override
            public String file(String name) {
                return JekyllIncludeShortcode.file(context.includes(), name);
            }
        };
    }

    /** What the site's port of the include writes, or null if it has none. */
    private static String ported(ShortcodeContext context, String name, Map<String, Object> include, Map<String, Object> variables) {
        SiteShortcodes own = context.own();
        String template = own == null ? null : own.template(name);
        return template == null ? null : own.renderInclude(template, include, variables, context.page());
    }

    /** The text of {@code _includes/NAME}, or null if there is none (or the name leaves the folder). */
    private static String file(Path includes, String name) {
        if (includes == null || !name.matches("[\\w.-]+(/[\\w.-]+)*") || name.contains("..")) {
            return null;
        }
        Path file = includes.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
