package dev.colophon.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Index keys: folded, stemmed for the site's language by Snowball, CJK as bigrams. */
class AnalyzerTest {

    static List<String> keys(String language, String text) {
        List<String> keys = new ArrayList<>();
        new Analyzer(language).tokens(text, t -> keys.add(t.key()));
        return keys;
    }

    @Test
    void diacriticsAndCaseAreFoldedSoResumeFindsResume() {
        assertThat(keys("fr", "Résumé")).isEqualTo(keys("fr", "resume"));
        assertThat(keys("en", "Ｆｕｌｌ ﬁle")).containsExactly("full", "file");
    }

    @Test
    void englishAndGermanWordsShareTheKeyOfTheirStem() {
        assertThat(keys("en", "running runs")).containsExactly("run", "run");
        assertThat(keys("de", "Häuser Haus")).containsExactly("haus", "haus");
        assertThat(keys("de", "Straße")).isEqualTo(keys("de", "strasse"));
        assertThat(keys("xx", "running")).containsExactly("running");
    }

    @Test
    void surfaceFormsAreKeptForTheClientWhichDoesNotStem() {
        List<Analyzer.Token> tokens = new ArrayList<>();
        new Analyzer("en").tokens("Running", tokens::add);
        assertThat(tokens).containsExactly(new Analyzer.Token("run", "running", true));
    }

    @Test
    void chineseJapaneseAndKoreanRunsBecomeBigramsBesideLatinWords() {
        assertThat(keys("ja", "京都の紅葉とJava")).containsExactly("京都", "都の", "の紅", "紅葉", "葉と", "java");
        assertThat(keys("ko", "한국어")).containsExactly("한국", "국어");
        assertThat(keys("zh", "书")).containsExactly("书");
    }
}
