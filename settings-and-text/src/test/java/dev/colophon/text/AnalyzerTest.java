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

    /**
     * The scanner (an ASCII fast path, hashing as it goes) splits as the definition does: words are runs
     * of letters, digits and non-spacing marks, CJK runs are pairs, anything else separates. The
     * reference below splits by code point with no shortcuts; each of its pieces analysed alone must give
     * the tokens the whole text gives, in order, on random text of every kind of character.
     */
    @Test
    void theScannerSplitsRandomTextAsTheDefinitionDoes() {
        String[] pieces = {"a", "Z", "7", " ", ".", "-", "é", "\u0301", "ß", "ﬁ", "Ж", "中", "文", "か", "한", "\uD835\uDC00",
            "\uD83D\uDE00", "\uD800", "\u200B", "'", "\n", "x", "lantern", "Straße", "日本語"};
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            List<String> expected = new ArrayList<>();
            for (String piece : referenceSplit(text.toString())) {
                expected.addAll(keys("en", piece));
            }
            assertThat(keys("en", text.toString())).as("tokens of %s", text).isEqualTo(expected);
        }
    }

    /** The words and CJK runs of a text, by code point. */
    private static List<String> referenceSplit(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int kind = 0; // 0 none, 1 word, 2 CJK
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int now = Analyzer.isCjk(cp) ? 2
                    : Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK ? 1 : 0;
            if (now != kind && run.length() > 0) {
                pieces.add(run.toString());
                run.setLength(0);
            }
            if (now != 0) {
                run.appendCodePoint(cp);
            }
            kind = now;
            i += Character.charCount(cp);
        }
        if (run.length() > 0) {
            pieces.add(run.toString());
        }
        return pieces;
    }
}
