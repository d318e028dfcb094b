package dev.colophon.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns titles and file names into URL path segments. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern EDGES = Pattern.compile("(^-+|-+$)");

    private Slugs() {
    }

    public static String slugify(String text) {
        return dev.colophon.text.Slug.of(text);
    }

    /**
     * A slug from a file's name as the generator makes it: Hugo lowercases the name and keeps what is
     * safe in a URL; Jekyll and JBake keep it as it is; Zola and Colophon slugify it.
     */
    public static String ofFileName(dev.colophon.settings.peer.Generator generator, String name) {
        return switch (generator) {
            case HUGO -> pathSafe(name.toLowerCase(Locale.ROOT));
            case JEKYLL, JBAKE -> pathSafe(name);
            default -> slugify(name);
        };
    }

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}\\p{M}._~+-]");

    private static String pathSafe(String name) {
        String safe = UNSAFE.matcher(name.strip().replace(' ', '-')).replaceAll("");
        return safe.isEmpty() ? "untitled" : safe;
    }

    private static final Pattern TERM_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}+]+");

    /**
     * A tag's or category's URL segment: as {@link #slugify}, but "C", "C++" and "C#" stay three terms
     * ({@code c}, {@code c++}, {@code c-sharp}), as they are in Hugo.
     */
    public static String term(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name.replace("#", " sharp "), Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGES.matcher(TERM_SEPARATORS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** "my-first-post" becomes "My first post": a title for files that have none. */
    public static String titleFrom(String slug) {
        String words = slug.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? "Untitled" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
