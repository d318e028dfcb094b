package dev.colophon.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A title or name as a URL path segment: accents dropped, lower case, runs of anything else one hyphen. */
public final class Slug {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGES = Pattern.compile("(^-+|-+$)");

    private Slug() {
    }

    /** {@code "Héllo, World!"} is {@code hello-world}; text with nothing left is {@code untitled}. */
    public static String of(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGES.matcher(SEPARATORS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
