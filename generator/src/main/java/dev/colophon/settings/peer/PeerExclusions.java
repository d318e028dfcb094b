package dev.colophon.settings.peer;

import dev.colophon.settings.Migration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Folders another generator does not publish, left out of the content: Jekyll's {@code _NAME}
 * folders other than posts, drafts, collections it writes out and folders its {@code include} names, and its
 * {@code exclude} list.
 */
public final class PeerExclusions {
    private PeerExclusions() {
    }

    public static List<Path> folders(Path root, Migration migration) {
        List<Path> excluded = new ArrayList<>();
        if (!migration.is(Generator.JEKYLL)) {
            return excluded;
        }
        List<String> included = migration.variables().get("include") instanceof List<?> list
                ? list.stream().map(e -> String.valueOf(e).replaceAll("^/+|/+$", "")).toList() : List.of(); // Jekyll's include: [_pages]
        try (Stream<Path> top = Files.list(root)) {
            top.filter(Files::isDirectory).forEach(dir -> {
                String name = dir.getFileName().toString();
                if (name.startsWith("_") && !name.equals("_posts") && !name.equals("_drafts")
                        && !migration.sectionPermalinks().containsKey(name) && !included.contains(name)) {
                    excluded.add(dir);
                }
            });
        } catch (IOException e) {
            return excluded;
        }
        if (migration.variables().get("exclude") instanceof List<?> list) {
            list.forEach(entry -> {
                String path = String.valueOf(entry).replaceAll("^/+|/+$", "");
                if (!path.isEmpty() && !path.contains("*") && !path.contains("..")) {
                    excluded.add(root.resolve(path).normalize());
                }
            });
        }
        return excluded;
    }
}
