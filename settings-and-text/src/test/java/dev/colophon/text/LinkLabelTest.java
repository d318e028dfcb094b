package dev.colophon.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinkLabelTest {
    @Test
    void aLabelEndsAtTheFirstBracketThatIsNotEscaped() {
        assertThat(LinkLabel.length("[foo]: /url", 0)).isEqualTo(5);
        assertThat(LinkLabel.length("x [foo] y", 2)).isEqualTo(5);
        assertThat(LinkLabel.length("[a\\]b]", 0)).isEqualTo(6);
        assertThat(LinkLabel.length("[a\\[b]", 0)).isEqualTo(6);
        assertThat(LinkLabel.length("[a\\b]", 0)).isEqualTo(5); // a backslash before a letter is a backslash
        assertThat(LinkLabel.length("[\\\\]", 0)).isEqualTo(4);
        assertThat(LinkLabel.length("[]", 0)).isEqualTo(2);
    }

    @Test
    void anUnescapedOpeningBracketAnUnclosedLabelOrAnOverlongOneIsNone() {
        assertThat(LinkLabel.length("[a[b]", 0)).isZero();
        assertThat(LinkLabel.length("[foo\\]", 0)).isZero(); // commonmark.js: the escaped bracket does not close it
        assertThat(LinkLabel.length("[foo", 0)).isZero();
        assertThat(LinkLabel.length("foo]", 0)).isZero();
        assertThat(LinkLabel.length("[" + "a".repeat(999) + "]", 0)).isEqualTo(1001);
        assertThat(LinkLabel.length("[" + "a".repeat(1000) + "]", 0)).isZero();
    }

    @Test
    void whereFlexmarksPatternFindsALabelWithoutBacktrackingThisFindsTheSame() {
        // flexmark's LINK_LABEL; on these closed labels it never needs to go back on a backslash
        Pattern flexmark = Pattern.compile("^\\[(?:[^\\\\\\[\\]]|\\\\[!\"#$%&'()*+,./:;<=>?@\\[\\]\\\\^_`{|}~-]|\\\\){0,999}\\]");
        java.util.Random random = new java.util.Random(7);
        String pieces = "ab \\[]!\n*`";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder("[");
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String label = text.append(']').toString();
            int mine = LinkLabel.length(label, 0);
            if (mine > 0) {
                java.util.regex.Matcher m = flexmark.matcher(label);
                assertThat(m.find()).as(label).isTrue();
                assertThat(m.end()).as(label).isEqualTo(mine);
            }
        }
    }

    @Test
    void aRunOfBackslashesWithNoClosingBracketIsReadInOnePass() { // the regex would not finish this in a lifetime
        assertThat(LinkLabel.length("[" + "\\\\".repeat(100_000) + "x", 0)).isZero();
        assertThat(LinkLabel.length("[" + "\\!".repeat(400) + "]", 0)).isEqualTo(802);
    }
}
