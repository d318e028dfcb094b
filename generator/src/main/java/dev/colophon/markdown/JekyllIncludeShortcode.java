package dev.colophon.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's {@code {% include name.html key="value" %}}: the site's ported Pebble template of that
 * name if it has one, else the file in {@code _includes/} run as Jekyll runs it, through the Liquid
 * that Colophon runs in content ({@code include.key}, {@code site}, {@code page}, logic, nested
 * includes). What of it needs the site's templates writes nothing and is an approximated warning.
 */
final class JekyllIncludeShortcode implements Shortcode {
    /** {@code key="text"}, {@code key='text'} or {@code key=variable}, as Jekyll's include reads its parameters. */
    private static final Pattern PARAMETER = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
    private static final Pattern SAFE_NAME = Pattern.compile("[\\w.-]+(/[\\w.-]+)*");
    /** Jekyll allows includes in includes; a cycle stops here. */
    private static final int MAX_DEPTH = 5;

    private final Shortcode siteTemplates;
    private final ShortcodeRegistry registry;

    JekyllIncludeShortcode(Shortcode siteTemplates, ShortcodeRegistry registry) {
        this.siteTemplates = siteTemplates;
        this.registry = registry;
    }

    @Override
    public String expand(ShortcodeCall call, ShortcodeContext context) {
        String ported = siteTemplates.expand(call, context);
        if (ported != null || context.includes() == null || context.liquid() == null || context.depth() >= MAX_DEPTH) {
            return ported;
        }
        String[] words = call.arguments().strip().split("\\s+", 2);
        if (!SAFE_NAME.matcher(words[0]).matches() || words[0].contains("..")) {
            return null;
        }
        Path file = context.includes().resolve(words[0]);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String text;
        try {
            text = Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> include = parameters(words.length > 1 ? words[1] : "", context.liquid());
        LiquidValues values = context.liquid().with(Map.of("include", include));
        LiquidLogic.Result logic = new LiquidLogic(values).run(text, Map.of("include", include));
        logic.notes().forEach(n -> context.approximated("writes without " + n.statement().strip() + " of _includes/" + words[0]
                + " (line " + n.line() + "): " + n.why()));
        String html = new Shortcodes(registry, context.within(values)).expandHtml(logic.text());
        if (html == null) {
            return null; // something in it that nothing expands: the include stays as written, reported
        }
        return call.block(html.strip().replaceAll("\n\\s*\n", "\n"));
    }

    /** The include's parameters: text as written, a variable by its value (left out where the page has none). */
    private static Map<String, Object> parameters(String text, LiquidValues liquid) {
        Map<String, Object> parameters = new HashMap<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            if (m.group(4) == null) {
                parameters.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            } else {
                Object value = liquid.resolve(m.group(4), "");
                if (value != LiquidValues.UNKNOWN) {
                    parameters.put(m.group(1), value);
                }
            }
        }
        return parameters;
    }
}
