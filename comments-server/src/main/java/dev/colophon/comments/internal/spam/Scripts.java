package dev.colophon.comments.internal.spam;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Whether a comment is written in the site's language: its letters in the scripts that language uses,
 * words that do not mix scripts (look-alike letters hide words from filters), and, for languages with
 * a stop-word list in Lucene, at least one of that language's commonest words in a longer text.
 */
final class Scripts {
    private static final Map<String, Set<UnicodeScript>> SCRIPTS = Map.ofEntries(
            Map.entry("ru", Set.of(UnicodeScript.CYRILLIC)), Map.entry("uk", Set.of(UnicodeScript.CYRILLIC)),
            Map.entry("bg", Set.of(UnicodeScript.CYRILLIC)), Map.entry("sr", Set.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN)),
            Map.entry("el", Set.of(UnicodeScript.GREEK)), Map.entry("he", Set.of(UnicodeScript.HEBREW)),
            Map.entry("ar", Set.of(UnicodeScript.ARABIC)), Map.entry("fa", Set.of(UnicodeScript.ARABIC)),
            Map.entry("hi", Set.of(UnicodeScript.DEVANAGARI)), Map.entry("th", Set.of(UnicodeScript.THAI)),
            Map.entry("ko", Set.of(UnicodeScript.HANGUL, UnicodeScript.HAN)), Map.entry("zh", Set.of(UnicodeScript.HAN)),
            Map.entry("ja", Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA)));
    private static final Map<String, CharArraySet> STOP_WORDS = Map.of(
            "en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, "fr", FrenchAnalyzer.getDefaultStopSet(),
            "de", GermanAnalyzer.getDefaultStopSet(), "es", SpanishAnalyzer.getDefaultStopSet(),
            "it", ItalianAnalyzer.getDefaultStopSet(), "nl", DutchAnalyzer.getDefaultStopSet(),
            "pt", PortugueseAnalyzer.getDefaultStopSet(), "sv", SwedishAnalyzer.getDefaultStopSet());
    private static final int MIN_LETTERS = 12;
    private static final int MIN_WORDS = 12;

    private final String language;
    private final Set<UnicodeScript> expected;

    /** @param language the site's language as an ISO 639-1 code, e.g. {@code en} */
    public Scripts(String language) {
        this.language = language.toLowerCase(Locale.ROOT);
        this.expected = SCRIPTS.getOrDefault(this.language, Set.of(UnicodeScript.LATIN));
    }

    /** Letters mostly in a script the site's language does not use. */
    public Optional<Reason> foreignScript(String text) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters.merge(UnicodeScript.of(c), 1, Integer::sum);
                total++;
            }
        }
        int foreign = letters.entrySet().stream().filter(e -> !expected.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
        if (total < MIN_LETTERS || foreign * 2 < total) {
            return Optional.empty();
        }
        UnicodeScript main = letters.entrySet().stream().filter(e -> !expected.contains(e.getKey()))
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Optional.of(new Reason("script", 2.0, "written mostly in " + name(main) + " on a site in '" + language + "'"));
    }

    /** A word that mixes Latin, Cyrillic or Greek letters: a look-alike spelling. */
    public Optional<Reason> mixedWords(Iterable<String> words) {
        for (String word : words) {
            UnicodeScript first = null;
            for (int i = 0; i < word.length(); ) {
                int c = word.codePointAt(i);
                i += Character.charCount(c);
                UnicodeScript script = UnicodeScript.of(c);
                if (script == UnicodeScript.LATIN || script == UnicodeScript.CYRILLIC || script == UnicodeScript.GREEK) {
                    if (first != null && first != script) {
                        return Optional.of(new Reason("script", 2.5, "a word mixing look-alike letters of two scripts: '" + word + "'"));
                    }
                    first = script;
                }
            }
        }
        return Optional.empty();
    }

    /** A longer text without one of the commonest words of the site's language. */
    public Optional<Reason> foreignWords(Iterable<String> words, int wordCount) {
        CharArraySet stop = STOP_WORDS.get(language);
        if (stop == null || wordCount < MIN_WORDS) {
            return Optional.empty();
        }
        for (String word : words) {
            if (stop.contains(word)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Reason("language", 1.0, wordCount + " words and none of the commonest in '" + language + "'"));
    }

    private static String name(UnicodeScript script) {
        String name = script.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
