package dev.colophon.content;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo names a translation by a language code before the extension: {@code post.fr.md}. Colophon
 * builds one language per site: a file in the site's language is read as {@code post.md} would be,
 * a translation into another one is left out.
 */
public final class Translations {
    private static final Pattern SUFFIX = Pattern.compile("^(.+)\\.([a-z]{2})(?:-[A-Za-z]{2,4})?\\.(md|markdown)$");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private Translations() {
    }

    /** The file's language code ("fr" in post.fr.md, "pt" in post.pt-br.md), or null. */
    public static String languageOf(Path file) {
        Matcher m = SUFFIX.matcher(file.getFileName().toString());
        return m.matches() && LANGUAGES.contains(m.group(2)) ? m.group(2) : null;
    }

    /** Whether the file is a translation into a language other than the site's ({@code en}, {@code en-GB}, ...). */
    public static boolean isForeign(Path file, String siteLanguage) {
        String language = languageOf(file);
        return language != null && !language.equals(siteLanguage.toLowerCase(Locale.ROOT).split("[-_]")[0]);
    }

    /** The file name without its language code: {@code post} for post.en.md. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        Matcher m = SUFFIX.matcher(name);
        if (m.matches() && LANGUAGES.contains(m.group(2))) {
            return m.group(1);
        }
        return name.replaceFirst("\\.[^.]+$", "");
    }
}
