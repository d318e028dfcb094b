package dev.colophon.settings.peer;

import dev.colophon.text.Slug;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which of a Zola site's {@code taxonomies} fill Colophon's two, tags and categories, and where Zola
 * lists them ({@code /NAME/}, its terms at {@code /NAME/TERM/}): {@code tags} and {@code categories}
 * where the site names them, else the first taxonomies it names ({@code theme-tags} on Zola's docs).
 *
 * @param tags the taxonomy read as tags, as front matter names it in {@code [taxonomies]}
 * @param categories the taxonomy read as categories
 */
public record ZolaTaxonomies(String tags, String categories) {
    private static final ZolaTaxonomies DEFAULT = new ZolaTaxonomies("tags", "categories");

    /** The two taxonomies from {@code config.toml}'s {@code taxonomies = [{name = …}, …]}; tags and categories without it. */
    public static ZolaTaxonomies of(Map<String, Object> zolaConfig) {
        if (!(zolaConfig.get("taxonomies") instanceof List<?> listed)) {
            return DEFAULT;
        }
        List<String> names = new ArrayList<>();
        for (Object taxonomy : listed) {
            Object name = taxonomy instanceof Map<?, ?> m ? m.get("name") : taxonomy;
            if (name != null && !name.toString().isBlank()) {
                names.add(name.toString());
            }
        }
        String tags = names.contains("tags") ? "tags" : names.stream().filter(n -> !n.equals("categories")).findFirst().orElse("tags");
        String categories = names.contains("categories") ? "categories"
                : names.stream().filter(n -> !n.equals(tags)).findFirst().orElse("categories");
        return new ZolaTaxonomies(tags, categories);
    }

    /** Where the tags are listed: {@code /tags/}, {@code /theme-tags/}. */
    public String tagsUrl() {
        return "/" + Slug.of(tags) + "/";
    }

    public String categoriesUrl() {
        return "/" + Slug.of(categories) + "/";
    }
}
