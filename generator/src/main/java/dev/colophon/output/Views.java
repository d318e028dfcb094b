package dev.colophon.output;

import dev.colophon.site.Permalinks;
import dev.colophon.site.Site;
import dev.colophon.template.TemplateEngine;
import java.util.HashMap;
import java.util.Map;

/** Turns a template and its variables into an output file; every HTML page goes through here. */
public final class Views {
    private final TemplateEngine templates;
    private final Site site;

    public Views(TemplateEngine templates, Site site) {
        this.templates = templates;
        this.site = site;
    }

    public Site site() {
        return site;
    }

    public boolean hasTemplate(String name) {
        return templates.exists(name);
    }

    /** An HTML page at {@code url} rendered with {@code template}; {@code site} and {@code url} are always set. */
    public OutputFile page(String url, String template, String origin, Map<String, Object> variables) {
        return OutputFile.text(Permalinks.fileOf(url), origin, () -> {
            Map<String, Object> context = new HashMap<>(variables);
            context.put("site", site);
            context.put("url", url);
            context.put("canonical", site.config().absolute(url));
            return templates.render(template, context);
        });
    }
}
