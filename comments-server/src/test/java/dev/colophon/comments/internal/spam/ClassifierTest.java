package dev.colophon.comments.internal.spam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The weights a reason shows read exactly as {@code String.format("%+.1f")} writes them. */
class ClassifierTest {
    private final Classifier classifier = new Classifier();

    @Test
    void tenthsAreWrittenAsTheFormatWritesThem() {
        Random random = new Random(15);
        for (int i = 0; i < 200_000; i++) {
            double x = switch (i % 3) {
                case 0 -> (random.nextDouble() - 0.5) * 10;
                case 1 -> (Math.round((random.nextDouble() - 0.5) * 2000) + 0.5) / 10.0; // ties: x.x5
                default -> Math.round((random.nextDouble() - 0.5) * 2000) / 100.0;
            };
            assertThat(classifier.signedTenths(x)).as("%s", x).isEqualTo(String.format("%+.1f", x));
        }
        for (double x : new double[] {0.0, -0.0, -0.04, 0.05, 0.15, 0.25, -0.45, 2.05, 1e-7, 1e20, Double.NaN,
                Double.NEGATIVE_INFINITY}) {
            assertThat(classifier.signedTenths(x)).as("%s", x).isEqualTo(String.format("%+.1f", x));
        }
    }

    @Test
    void aLocaleWithItsOwnSeparatorKeepsIt() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            classifier.signedTenths(1.25); // the plain locale remembered first
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            assertThat(classifier.signedTenths(1.25)).isEqualTo(String.format("%+.1f", 1.25)).isEqualTo("+1,3");
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(classifier.signedTenths(-0.5)).isEqualTo(String.format("%+.1f", -0.5));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
