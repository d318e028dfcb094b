package dev.colophon.comments.internal.spam;

import dev.colophon.comments.internal.spam.tokens.Tokens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Naive Bayes over the tokens of a comment, with the counts of {@link Model}. Each token's spam
 * probability is smoothed toward one half by how often it was seen (Robinson's f(w), as SpamBayes
 * and Bogofilter do), so a token seen once counts little and the unequal numbers of spam and ham
 * lessons do not tilt it; only the most telling tokens are combined (Graham), so a long comment is not
 * more certain for its length.
 */
final class Classifier {
    static final int MOST_TELLING = 15;
    /** Robinson's s: how many sightings weigh as much as the neutral prior of 0.5. */
    private static final double STRENGTH = 1.0;
    private static final double MIN_F = 0.01;
    /** Tokens nearer one half than this tell nothing. */
    private static final double NEUTRAL = 0.1;
    /** The words' log-odds are scaled so that the other signals keep a say. */
    static final double SCALE = 0.5;
    private static final int REASONS = 5;

    /** The last format locale found to write digits as {@code 0-9} and tenths after a '.', or null. */
    private volatile Locale plainLocale;

    private record Evidence(String token, double logOdds, long spam, long ham) {
    }

    /** The words' reasons: their summed log-odds first, as one reason, then the most telling tokens (weight 0, for reading). */
    public List<Reason> reasons(Model model, Iterable<String> features) {
        double spamDocs = Math.max(1, model.spamDocs());
        double hamDocs = Math.max(1, model.hamDocs());
        List<Evidence> evidence = new ArrayList<>();
        for (String token : features) {
            long[] counts = token.startsWith(Tokens.LINK) ? null : model.counts(token);
            if (counts == null || counts[0] + counts[1] == 0) {
                continue;
            }
            double spamRate = counts[0] / spamDocs;
            double hamRate = counts[1] / hamDocs;
            double p = spamRate / (spamRate + hamRate);
            double n = counts[0] + counts[1];
            double f = Math.min(1 - MIN_F, Math.max(MIN_F, (STRENGTH * 0.5 + n * p) / (STRENGTH + n)));
            if (Math.abs(f - 0.5) >= NEUTRAL) {
                evidence.add(new Evidence(token, Math.log(f / (1 - f)), counts[0], counts[1]));
            }
        }
        evidence.sort(Comparator.comparingDouble((Evidence e) -> -Math.abs(e.logOdds())));
        List<Evidence> telling = evidence.subList(0, Math.min(MOST_TELLING, evidence.size()));
        double sum = telling.stream().mapToDouble(Evidence::logOdds).sum() * SCALE;
        List<Reason> reasons = new ArrayList<>();
        if (telling.isEmpty()) {
            return reasons;
        }
        reasons.add(new Reason("words", sum, telling.size() + " telling words"));
        telling.stream().limit(REASONS).forEach(e -> reasons.add(new Reason("word", 0,
                "'" + e.token() + "' (" + e.spam() + " spam, " + e.ham() + " ham, " + signedTenths(e.logOdds() * SCALE) + ")")));
        return reasons;
    }

    /**
     * {@code String.format("%+.1f", x)}, without building a {@code Formatter} five times a post (a tenth
     * of a post's CPU on the request threads; docs/benchmarks.md, session 10). The format rounds the
     * shortest decimal of a double half up, as {@code BigDecimal.valueOf} and {@code HALF_UP} do; a locale
     * with other digits or another decimal separator still goes through the format.
     */
    String signedTenths(double x) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        if (!Double.isFinite(x) || !locale.equals(plainLocale) && !plain(locale)) {
            return String.format("%+.1f", x);
        }
        boolean negative = x < 0 || Double.doubleToRawLongBits(x) == Long.MIN_VALUE; // the format writes -0.0
        return (negative ? "-" : "+") + BigDecimal.valueOf(Math.abs(x)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private boolean plain(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        boolean plain = symbols.getZeroDigit() == '0' && symbols.getDecimalSeparator() == '.';
        if (plain) {
            plainLocale = locale;
        }
        return plain;
    }
}
