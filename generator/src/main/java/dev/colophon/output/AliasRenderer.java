package dev.colophon.output;

import dev.colophon.site.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Writes a redirect page at each alias of a post or page, so old links keep working. */
public final class AliasRenderer {

    public List<OutputFile> files(Views views) {
        List<OutputFile> files = new ArrayList<>();
        Stream.concat(views.site().posts().stream(), views.site().pages().stream()).forEach(page -> {
            for (String alias : page.aliases()) {
                files.add(views.page(normalize(alias), "alias", page.source() + " (alias)", page.fingerprint(),
                        Map.of("target", page)));
            }
        });
        return files;
    }

    static String normalize(String alias) {
        String path = alias.startsWith("/") ? alias : "/" + alias;
        return path.endsWith("/") || path.endsWith(".html") ? path : path + "/";
    }

    static List<String> aliasesOf(Page page) {
        return page.aliases().stream().map(AliasRenderer::normalize).toList();
    }
}
