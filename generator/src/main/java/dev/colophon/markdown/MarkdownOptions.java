package dev.colophon.markdown;

/**
 * How Markdown renders for a site made with another generator.
 *
 * @param headingIds {@code github} (Hugo's goldmark, GitHub), {@code kramdown} (Jekyll) or {@code zola}
 * @param emoji whether {@code :name:} becomes its emoji (GitHub's names, as Jekyll's jemoji)
 * @param mentionsBase where {@code @name} links to (jekyll-mentions), or "" to leave it as text
 * @param attributes whether kramdown's attribute lists ({@code {: #id .class}}) and {@code {:toc}} apply
 */
public record MarkdownOptions(String headingIds, boolean emoji, String mentionsBase, boolean attributes) {

    public static MarkdownOptions standard() {
        return new MarkdownOptions("github", false, "", false);
    }
}
