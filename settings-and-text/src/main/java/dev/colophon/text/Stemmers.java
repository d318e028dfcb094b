package dev.colophon.text;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/** The Snowball stemmer (as Lucene ships it) for a site's {@code language}, or none for other languages. */
final class Stemmers {
    private static final Map<String, Supplier<SnowballStemmer>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("ar", ArabicStemmer::new), Map.entry("ca", CatalanStemmer::new), Map.entry("da", DanishStemmer::new),
            // German2 also reads "ae", "oe" and "ue" as umlauts, as German writers without the keys type them.
            Map.entry("de", German2Stemmer::new), Map.entry("en", EnglishStemmer::new), Map.entry("es", SpanishStemmer::new),
            Map.entry("fi", FinnishStemmer::new), Map.entry("fr", FrenchStemmer::new), Map.entry("hu", HungarianStemmer::new),
            Map.entry("it", ItalianStemmer::new), Map.entry("nb", NorwegianStemmer::new), Map.entry("nl", DutchStemmer::new),
            Map.entry("no", NorwegianStemmer::new), Map.entry("pt", PortugueseStemmer::new), Map.entry("ro", RomanianStemmer::new),
            Map.entry("ru", RussianStemmer::new), Map.entry("sv", SwedishStemmer::new), Map.entry("tr", TurkishStemmer::new));

    private Stemmers() {
    }

    /** A new stemmer (they are not thread-safe) for a language tag such as {@code en} or {@code de-AT}; null if none. */
    static SnowballStemmer forLanguage(String language) {
        String primary = language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        Supplier<SnowballStemmer> stemmer = BY_LANGUAGE.get(primary);
        return stemmer == null ? null : stemmer.get();
    }
}
