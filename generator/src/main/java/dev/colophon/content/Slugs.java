package dev.colophon.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns titles and file names into URL path segments. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGES = Pattern.compile("(^-+|-+$)");

    private Slugs() {
    }

    public static String slugify(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGES.matcher(SEPARATORS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** "my-first-post" becomes "My first post": a title for files that have none. */
    public static String titleFrom(String slug) {
        String words = slug.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? "Untitled" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
