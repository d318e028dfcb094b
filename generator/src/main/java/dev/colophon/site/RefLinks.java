package dev.colophon.site;

import dev.colophon.config.Problem;
import dev.colophon.markdown.Shortcodes;
import dev.colophon.settings.SiteConfig;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links to other pages by their source file: Hugo's {@code ref} and {@code relref}, Jekyll's
 * {@code post_url} and {@code link}. Rendering one post cannot know where another is published, so
 * {@link Shortcodes} writes them as placeholders and they are resolved here, once every page is known. A target is a path
 * in the content folder ({@code posts/hello.md}, with or without extension, relative to the page's
 * own folder first), a file name or a bundle's folder name, or a section's {@code _index.md}; where
 * two pages share a name, the first by path wins.
 */
public final class RefLinks {
    private static final Pattern PLACEHOLDER = Pattern.compile(Pattern.quote(Shortcodes.REF_PREFIX) + "(abs|rel):([^\"'<>\\s)\\]]*)");

    private final SiteConfig config;
    private final String basePath;
    private final Map<String, Page> byKey = new HashMap<>();
    /** Hugo's and Zola's sections: the path of each {@code _index.md} within the content, without its extension, and its list's URL. */
    private final Map<String, String> sections;

    /** @param pages every published page, sorted by source path */
    public RefLinks(SiteConfig config, List<Page> pages) {
        this(config, pages, Map.of());
    }

    /**
     * @param pages every published page, sorted by source path
     * @param sections each section's {@code _index.md} (within the content, as {@code docs/_index.md}) and its list's URL
     */
    public RefLinks(SiteConfig config, List<Page> pages, Map<String, String> sections) {
        this.config = config;
        this.sections = new HashMap<>();
        sections.forEach((index, url) -> this.sections.put(strip(index), url));
        this.basePath = config.basePath();
        for (Page page : pages) {
            for (String key : keys(config.withinContent(page.source()))) {
                byKey.putIfAbsent(key, page);
            }
        }
    }

    /** The page with its placeholders resolved; a target that matches no page becomes "#" and a warning. */
    public Page resolve(Page page, List<Problem> warnings) {
        List<String> resolved = new ArrayList<>();
        String content = replace(page.source(), page.content().toString(), resolved, warnings);
        String summary = replace(page.source(), page.summary().toString(), new ArrayList<>(), new ArrayList<>());
        return page.withBody(Body.of(content), new SafeString(summary), Fingerprint.mix(page.fingerprint(),
                Fingerprint.of(String.join("\n", resolved))));
    }

    /** HTML rendered from {@code source} (a section's {@code _index.md}) with its placeholders resolved, as a page's are. */
    public String resolve(Path source, String html, List<Problem> warnings) {
        return replace(source, html, new ArrayList<>(), warnings);
    }

    private String replace(Path source, String html, List<String> resolved, List<Problem> warnings) {
        Matcher m = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String target = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
            int hash = target.indexOf('#');
            String fragment = hash < 0 ? "" : target.substring(hash);
            String path = hash < 0 ? target : target.substring(0, hash);
            Page found = find(source, path);
            String section = found == null ? sections.get(strip(path.replace('\\', '/').replaceFirst("^\\./", "").replaceFirst("^/", ""))) : null;
            String url;
            if (section != null) { // Zola's [docs](@/docs/_index.md): the section's list page
                url = (m.group(1).equals("abs") ? config.absolute(section) : basePath + section) + fragment;
            } else if (found == null) {
                warnings.add(new Problem(source, 0, "ref to '" + target + "' matches no published page", "link"));
                url = "#";
            } else {
                url = (m.group(1).equals("abs") ? found.permalink() : basePath + found.url()) + fragment;
            }
            resolved.add(url);
            m.appendReplacement(out, Matcher.quoteReplacement(url));
        }
        return m.appendTail(out).toString();
    }

    private Page find(Path from, String target) {
        String clean = target.replace('\\', '/').replaceFirst("^\\./", "").replaceFirst("^/", "");
        Path folder = config.withinContent(from).getParent();
        if (folder != null) {
            Page near = byKey.get(strip(folder.resolve(clean).normalize().toString().replace('\\', '/')));
            if (near != null) {
                return near;
            }
        }
        Page found = byKey.get(strip(clean));
        if (found == null && clean.startsWith(config.contentDir() + "/") && !config.contentDir().isEmpty()) {
            found = byKey.get(strip(clean.substring(config.contentDir().length() + 1)));
        }
        return found;
    }

    /** Every name a page answers to, without extensions. */
    private static List<String> keys(Path source) {
        String path = strip(source.toString().replace('\\', '/'));
        List<String> keys = new ArrayList<>(List.of(path));
        String name = path.substring(path.lastIndexOf('/') + 1);
        keys.add(name);
        if (name.equals("index") && path.contains("/")) {
            String folder = path.substring(0, path.lastIndexOf('/'));
            keys.add(folder);
            keys.add(folder.substring(folder.lastIndexOf('/') + 1));
        }
        return keys;
    }

    private static String strip(String path) {
        return path.replaceFirst("\\.(md|markdown)$", "").replaceFirst("/$", "");
    }
}
