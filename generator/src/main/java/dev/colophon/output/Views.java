package dev.colophon.output;

import dev.colophon.site.Fingerprint;
import dev.colophon.site.Permalinks;
import dev.colophon.site.Site;
import dev.colophon.template.TemplateEngine;
import java.util.HashMap;
import java.util.Map;

/** Turns a template and its variables into an output file; every HTML page goes through here. */
public final class Views {
    private final TemplateEngine templates;
    private final Site site;
    private final long global;

    /** @param global the fingerprint of what every page shows: settings, templates, the page menu */
    public Views(TemplateEngine templates, Site site, long global) {
        this.templates = templates;
        this.site = site;
        this.global = global;
    }

    public long global() {
        return global;
    }

    public Site site() {
        return site;
    }

    /** The same templates and global fingerprint over another version of the site. */
    public Views withSite(Site other) {
        return new Views(templates, other, global);
    }

    public boolean hasTemplate(String name) {
        return templates.exists(name);
    }

    /** Whether the site's own templates/ folder has this template (not only the theme). */
    public boolean hasOwnTemplate(String name) {
        return templates.existsInSite(name);
    }

    /**
     * An HTML page at {@code url} rendered with {@code template}; {@code site} and {@code url} are always
     * set. {@code fingerprint} covers what the variables show; the global fingerprint is mixed in here.
     */
    public OutputFile page(String url, String template, String origin, long fingerprint, Map<String, Object> variables) {
        // A fingerprint is compared with the same path's in the last build: the path itself need not be in it.
        long full = Fingerprint.mix(global, template.hashCode(), fingerprint);
        String file = Permalinks.fileOf(url);
        return OutputFile.text(OutputFormat.ofPage(file), file, origin, full, () -> {
            Map<String, Object> context = new HashMap<>(variables);
            context.put("site", site);
            context.put("url", url);
            context.put("canonical", site.config().absolute(url));
            return templates.render(template, context);
        });
    }
}
