package dev.colophon.settings.peer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises a site's generator by its configuration file or, where the generator needs none
 * (Jekyll), by its folders. Hugo and Zola both may name theirs {@code config.toml}: Zola's has
 * {@code base_url}, Hugo's {@code baseURL}.
 */
public final class PeerDetector {
    private static final List<String> HUGO_FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json");
    private static final List<String> SHARED_FILES = List.of("config.toml", "config.yaml", "config.yml", "config.json");
    private static final Pattern ZOLA_KEY = Pattern.compile("(?m)^\\s*(base_url|compile_sass|generate_feeds?|build_search_index)\\s*=");

    /** The recognised layout; a folder with nothing but a site.yml (or nothing at all) is a Colophon site. */
    public Recognition detect(Path root) {
        for (String name : HUGO_FILES) {
            if (Files.isRegularFile(root.resolve(name))) {
                return new Recognition(Generator.HUGO, name + " is Hugo's configuration", Path.of(name));
            }
        }
        for (String name : SHARED_FILES) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                if (name.equals("config.toml") && ZOLA_KEY.matcher(read(file)).find()) {
                    return new Recognition(Generator.ZOLA, "config.toml has Zola's base_url", Path.of(name));
                }
                return new Recognition(Generator.HUGO, name + " has Hugo's keys", Path.of(name));
            }
        }
        for (String name : List.of("hugo.toml", "config.toml", "hugo.yaml", "config.yaml", "hugo.yml", "config.yml")) {
            Path split = Path.of("config", "_default", name); // Hugo's configuration folder, one file per key
            if (Files.isRegularFile(root.resolve(split))) {
                return new Recognition(Generator.HUGO, "config/_default/ is Hugo's configuration folder", split);
            }
        }
        if (Files.isRegularFile(root.resolve("_config.yml"))) {
            return new Recognition(Generator.JEKYLL, "_config.yml is Jekyll's configuration", Path.of("_config.yml"));
        }
        // a site.yml is a configuration: beside it, _posts/ is just a post folder
        if (Files.isDirectory(root.resolve("_posts")) && !Files.isRegularFile(root.resolve("site.yml"))) {
            return new Recognition(Generator.JEKYLL, "it has a _posts folder", null);
        }
        if (Files.isRegularFile(root.resolve("jbake.properties"))) {
            return new Recognition(Generator.JBAKE, "jbake.properties is JBake's configuration", Path.of("jbake.properties"));
        }
        return new Recognition(Generator.COLOPHON, "site.yml and no other generator's configuration", null);
    }

    /** Whether a folder is a site Colophon can build: a site.yml or another generator's layout. */
    public static boolean isSite(Path root) {
        return Files.isRegularFile(root.resolve("site.yml")) || new PeerDetector().detect(root).generator() != Generator.COLOPHON;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
