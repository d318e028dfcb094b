package dev.colophon.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A source file read and validated: its metadata in typed form and its Markdown body.
 *
 * @param path the file, relative to the site root, as shown in messages
 * @param date when the post is dated, or null when neither front matter nor file name tell
 * @param url a full URL override (Hugo's {@code url}, Zola's {@code path}), or null
 * @param layout the template to render with, or null for the kind's default
 * @param image the picture for link previews as written (absolute, site-relative or page-relative), or null
 * @param params every front matter field Colophon does not interpret, for templates
 */
public record Document(
        Path path,
        Kind kind,
        String title,
        ZonedDateTime date,
        ZonedDateTime updated,
        List<String> tags,
        List<String> categories,
        boolean draft,
        String summary,
        String slug,
        String url,
        List<String> aliases,
        String layout,
        boolean comments,
        List<String> authors,
        boolean toc,
        String image,
        Map<String, Object> params,
        String body,
        int bodyLine) {

    public boolean isPost() {
        return kind == Kind.POST;
    }

    /** The same document without its body, once rendered: what a build keeps of every source. */
    public Document withoutBody() {
        return new Document(path, kind, title, date, updated, tags, categories, draft, summary, slug, url, aliases, layout,
                comments, authors, toc, image, params, "", bodyLine);
    }
}
