package dev.colophon.search.internal;

import java.util.Arrays;

/**
 * One key's postings while the index is written: page numbers (ascending) and weights in two growing int
 * arrays, instead of an object per posting. Written as two strings of the URL-safe base64 alphabet:
 * the page numbers as deltas in a variable-length code (five bits a character, the sixth says another
 * follows), and one character a weight ({@link #weight}). A word on most pages of a 10,000-page site
 * then costs about 4 KB gzipped where a JSON array of numbers cost 7 KB, and the client decodes it
 * with a loop over characters instead of parsing an array of 20,000 numbers.
 */
final class Postings {
    static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private int[] ids;
    /** A weight fits a byte: a count up to 31 and three bits. */
    private byte[] weights;
    private int size;

    Postings() {
        this(4);
    }

    Postings(int capacity) {
        ids = new int[Math.max(1, capacity)];
        weights = new byte[ids.length];
    }

    void add(int id, int weight) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        ids[size] = id;
        weights[size++] = (byte) weight;
    }

    int size() {
        return size;
    }

    /** A common key's postings in two tiers, each in page order, and the most that any posting of the tail adds to a score. */
    record Tiers(Postings head, Postings tail, double bound) {}

    /**
     * Splits these postings into the {@code keep} that add most to a page's score (ties: the lower page
     * number) and the rest, so that the client can rank from the head alone when no page of the tail
     * could reach its results.
     */
    Tiers split(Scoring scoring, int keep) {
        double[] impacts = new double[size];
        for (int i = 0; i < size; i++) {
            impacts[i] = scoring.impact(ids[i], weight(weights[i] & 0xFF));
        }
        // the (keep+1)-th largest impact bounds the tail; above it a posting is kept, at it the lowest page numbers fill up
        double[] sorted = impacts.clone();
        Arrays.sort(sorted);
        double bound = sorted[size - 1 - keep];
        int above = 0;
        for (double impact : impacts) {
            above += Double.compare(impact, bound) > 0 ? 1 : 0;
        }
        int atBound = keep - above;
        Postings head = new Postings(keep);
        Postings tail = new Postings(size - keep);
        for (int i = 0; i < size; i++) { // ids ascend: the first postings at the bound have the lowest page numbers
            int order = Double.compare(impacts[i], bound);
            boolean kept = order > 0 || (order == 0 && atBound-- > 0);
            (kept ? head : tail).add(ids[i], weights[i] & 0xFF);
        }
        return new Tiers(head, tail, bound);
    }

    String idCode() {
        StringBuilder out = new StringBuilder(size + size / 4);
        int previous = 0;
        for (int i = 0; i < size; i++) {
            int delta = ids[i] - previous;
            previous = ids[i];
            while (delta >= 32) {
                out.append(BASE64.charAt(32 | (delta & 31)));
                delta >>>= 5;
            }
            out.append(BASE64.charAt(delta));
        }
        return out.toString();
    }

    String weightCode() {
        StringBuilder out = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            out.append(BASE64.charAt(weight(weights[i] & 0xFF)));
        }
        return out.toString();
    }

    /**
     * Six bits: the body count in four levels besides none (1, 2–3, 4–7, 8 or more: BM25 saturates, so
     * finer counts change little but cost a third of the index), then a bit each for title, heading and tag.
     */
    static int weight(int value) {
        int count = value & IndexedDoc.BODY_MAX;
        int level = count <= 1 ? count : count <= 3 ? 2 : count <= 7 ? 3 : 4;
        return level | ((value & IndexedDoc.TITLE) != 0 ? 8 : 0) | ((value & IndexedDoc.HEADING) != 0 ? 16 : 0)
                | ((value & IndexedDoc.TAG) != 0 ? 32 : 0);
    }
}
