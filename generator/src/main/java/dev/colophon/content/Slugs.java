package dev.colophon.content;

import java.text.Normalizer;
import java.util.Locale;

/** Turns titles and file names into URL path segments. */
public final class Slugs {
    private Slugs() {
    }

    public static String slugify(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** "my-first-post" becomes "My first post": a title for files that have none. */
    public static String titleFrom(String slug) {
        String words = slug.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? "Untitled" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
