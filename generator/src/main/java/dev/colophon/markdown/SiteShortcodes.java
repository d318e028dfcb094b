package dev.colophon.markdown;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's own shortcodes: Hugo's {@code {{< name args >}}} (paired too, with the text between as
 * {@code inner}) and Jekyll's {@code {% include name.html key="value" %}} render the Pebble template
 * {@code templates/shortcodes/name.peb}, with the arguments as {@code args} (Hugo's {@code .Get 0} is
 * {@code args["0"]}), {@code include} (Jekyll's {@code include.key}) and each by its name, and the
 * site's variables as {@code site} (its data files as {@code site.data}, Hugo's {@code .Site.Data}).
 */
public final class SiteShortcodes {
    private static final Pattern SAFE_NAME = Pattern.compile("[\\w-]+(/[\\w-]+)*");
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(`{3,}|~{3,})");

    private final Path folder;
    private final PebbleEngine pebble;
    private final MarkdownRenderer markdown = new MarkdownRenderer(false);
    private final Map<String, Object> site;

    /**
     * The templates in a folder, given the site's variables and how to read a data file of the site
     * for Zola's {@code load_data(path=…)} (null for none).
     */
    public SiteShortcodes(Path folder, Map<String, Object> site, java.util.function.Function<String, Object> loadData) {
        this.folder = folder;
        this.site = site;
        FileLoader loader = new FileLoader(folder.toString());
        loader.setSuffix(".peb");
        this.pebble = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false).newLineTrimming(true)
                .extension(new AbstractExtension() {
                    @Override
                    public Map<String, Filter> getFilters() {
                        return Map.of("markdownify", new Markdownify());
                    }

                    @Override
                    public Map<String, io.pebbletemplates.pebble.extension.Function> getFunctions() {
                        return Map.of("load_data", new LoadData(loadData));
                    }
                }).cacheActive(true).build();
    }

    /** The template's name for a shortcode or include ({@code figure.html} is {@code figure}), or null if the site has none. */
    public String template(String name) {
        String base = name.replaceAll("\\.(html|htm|md|liquid)$", "");
        return SAFE_NAME.matcher(base).matches() && Files.isRegularFile(folder.resolve(base + ".peb")) ? base : null;
    }

    /** The rendered template, blank lines taken out so that it stays one HTML block in Markdown. */
    public String render(String template, Map<String, String> args, String inner, Map<String, Object> page) {
        return evaluate(template, context(Map.of(), args, inner == null ? "" : inner, page));
    }

    /**
     * A Jekyll include's port: its parameters as {@code include} (a variable's by its value), the
     * variables of the text around the include by their names (Jekyll's includes share them), and
     * {@code page} and {@code site}.
     */
    public String renderInclude(String template, Map<String, Object> include, Map<String, Object> variables, Map<String, Object> page) {
        return evaluate(template, context(variables, include, "", page));
    }

    /** What a port sees: the variables around it, its parameters by name and as {@code args} and {@code include}, page, site, inner. */
    private Map<String, Object> context(Map<String, Object> variables, Map<String, ?> parameters, String inner, Map<String, Object> page) {
        Map<String, Object> context = new HashMap<>(variables);
        context.putAll(parameters);
        context.put("args", parameters);
        context.put("include", parameters);
        context.put("page", page);
        context.put("site", site);
        context.put("inner", inner);
        return context;
    }

    private String evaluate(String template, Map<String, Object> context) {
        try {
            PebbleTemplate t = pebble.getTemplate(template);
            StringWriter out = new StringWriter();
            t.evaluate(out, context);
            return out.toString().strip().replaceAll("\n\\s*\n", "\n");
        } catch (PebbleException e) {
            throw new IllegalArgumentException("templates/shortcodes/" + template + ".peb: " + e.getPebbleMessage(), e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Hugo's paired shortcodes with a template of the site, {@code {{< note >}}text{{< /note >}}},
     * over any number of lines; fenced code is left alone.
     */
    String expandPairs(String text, Map<String, Object> page) {
        if (!text.contains("{{<") && !text.contains("{{%")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher fence = FENCE.matcher(text);
        int from = 0;
        while (fence.find(from)) {
            String marker = fence.group(1);
            Matcher close = Pattern.compile("(?m)^ {0,3}" + Pattern.quote(marker.substring(0, 1)) + "{" + marker.length() + ",}\\s*$")
                    .matcher(text);
            int lineEnd = text.indexOf('\n', fence.end());
            int end = lineEnd >= 0 && close.find(lineEnd) ? close.end() : text.length();
            out.append(pairs(text.substring(from, fence.start()), page)).append(text, fence.start(), end);
            from = end;
        }
        return out.append(pairs(text.substring(from), page)).toString();
    }

    private String pairs(String text, Map<String, Object> page) {
        Matcher open = Pattern.compile("\\{\\{([<%])\\s*([\\w-]{1,100})([^}]{0,1000}?)\\s*[>%]\\}\\}").matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (open.find(from)) {
            String template = template(open.group(2));
            Matcher close = template == null ? null
                    : Pattern.compile("\\{\\{[<%]\\s*/\\s*" + Pattern.quote(open.group(2)) + "\\s*[>%]\\}\\}").matcher(text);
            if (close == null || !close.find(open.end())) {
                out.append(text, from, open.end());
                from = open.end();
                continue;
            }
            String inner = text.substring(open.end(), close.start()).strip();
            if (open.group(1).equals("%")) {
                inner = markdown.render(inner, false).html(); // {{% %}}: the inner text is Markdown
            }
            out.append(text, from, open.start())
                    .append("\n").append(render(template, ShortcodeCall.arguments(open.group(3)), inner, page)).append("\n");
            from = close.end();
        }
        return out.append(text.substring(from)).toString();
    }

    /** Hugo's {@code markdownify}: Markdown as HTML, for a template's {@code {{ inner | markdownify }}}. */
    private final class Markdownify implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            String html = markdown.render(input == null ? "" : input.toString(), false).html().strip();
            if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
                html = html.substring(3, html.length() - 4); // one paragraph: inline, as Hugo does
            }
            return new SafeString(html);
        }
    }

    /** Zola's {@code load_data(path="…", required=false)}; a {@code url} is not fetched (a build reads only the site). */
    private record LoadData(java.util.function.Function<String, Object> loader) implements io.pebbletemplates.pebble.extension.Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("path", "required", "format", "url");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            if (args.get("url") != null || args.get("path") == null || loader == null) {
                throw new IllegalArgumentException("load_data() reads only a path of the site (path=\"…\"), never a url");
            }
            Object data;
            try {
                data = loader.apply(args.get("path").toString());
            } catch (RuntimeException e) { // a file outside the site, or one that does not parse
                throw new IllegalArgumentException("load_data(): " + e.getMessage(), e);
            }
            if (data == null && !Boolean.FALSE.equals(args.get("required"))) {
                throw new IllegalArgumentException("load_data(): no file " + args.get("path") + " in the site, static/ or content/");
            }
            return data;
        }
    }
}
