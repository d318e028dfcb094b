package dev.colophon.settings;

import dev.colophon.settings.peer.Generator;
import java.util.List;
import java.util.Map;

/**
 * What Colophon keeps of the generator a site was made with, so that it builds unedited: whose
 * layout it is, and the behaviour of that generator that Colophon reproduces.
 *
 * @param reason why the layout was recognised, for the line a build prints
 * @param headingIds how heading ids are made: {@code github} (Hugo, Colophon), {@code kramdown} (Jekyll) or {@code zola}
 * @param menu the header's links; empty for a handful of top-level pages
 * @param sectionPermalinks a permalink pattern per content section (Hugo's [permalinks], Jekyll's collections)
 * @param variables the generator's whole configuration, for Jekyll's {@code {{ site.X }}} in content
 * @param mentionsBase where {@code @name} links to, or "" to leave mentions as text
 * @param emoji whether {@code :name:} becomes its emoji (Jekyll's jemoji)
 */
public record Migration(Generator generator, String reason, String headingIds, List<MenuEntry> menu,
                        Map<String, String> sectionPermalinks, Map<String, Object> variables, String mentionsBase,
                        boolean emoji) {

    public static Migration none() {
        return new Migration(Generator.COLOPHON, "site.yml", "github", List.of(), Map.of(), Map.of(), "", false);
    }

    public boolean is(Generator g) {
        return generator == g;
    }
}
