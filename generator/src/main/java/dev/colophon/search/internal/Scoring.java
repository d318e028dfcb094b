package dev.colophon.search.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the client scores a page for a key: BM25 over the body count's level, plus bonuses for the title,
 * a heading and a tag. The parameters are written into {@code index.js} and the client reads them from
 * there, so that the builder, which orders a common key's postings by what each adds to a page's score
 * ({@link TermShards}), computes exactly what the client will.
 */
final class Scoring {
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** The term frequency each body level stands for ({@link Postings#weight}: none, 1, 2–3, 4–7, 8+). */
    private static final double[] TF = {0, 1, 2.5, 5, 10};
    private static final double TITLE = 3;
    private static final double HEADING = 1;
    private static final double TAG = 1;

    private final double[] norms;

    /** @param buckets each page's word count on the log scale of {@code index.js}; @param avgdl as written there */
    Scoring(int[] buckets, long avgdl) {
        norms = new double[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            norms[i] = K1 * (1 - B + B * (Math.pow(2, buckets[i] / 4.0) - 1) / avgdl);
        }
    }

    /** What a posting with this weight code ({@link Postings#weight}) adds to page {@code id}'s score, before the key's idf. */
    double impact(int id, int code) {
        double tf = TF[code & 7];
        return (tf == 0 ? 0 : tf * (K1 + 1) / (tf + norms[id])) + ((code & 8) != 0 ? TITLE : 0)
                + ((code & 16) != 0 ? HEADING : 0) + ((code & 32) != 0 ? TAG : 0);
    }

    /** A bound written for the client: rounded up, with room for the last bit in which two maths libraries may differ. */
    static String above(double impact) {
        return BigDecimal.valueOf(impact + 1e-6).setScale(4, RoundingMode.CEILING).stripTrailingZeros().toPlainString();
    }

    static String json() {
        StringBuilder tf = new StringBuilder();
        for (double level : TF) {
            tf.append(tf.isEmpty() ? "" : ",").append(plain(level));
        }
        return "{\"k1\":" + plain(K1) + ",\"b\":" + plain(B) + ",\"tf\":[" + tf + "],\"title\":" + plain(TITLE)
                + ",\"heading\":" + plain(HEADING) + ",\"tag\":" + plain(TAG) + "}";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
